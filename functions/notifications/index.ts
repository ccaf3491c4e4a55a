import { dispatch } from '../../shared/http/dispatch.ts';
import * as listNotifications from './list-notifications.ts';
import * as notificationAction from './notification-action.ts';

export const handler = dispatch([listNotifications, notificationAction]);
