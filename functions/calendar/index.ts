import { dispatch } from '../../shared/http/dispatch.ts';
import * as getCalendar from './get-calendar.ts';
import * as updateCalendar from './update-calendar.ts';

export const handler = dispatch([getCalendar, updateCalendar]);
