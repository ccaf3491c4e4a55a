import { defineCapability, routesOf } from '../../shared/capability.ts';
import { notificationsQuietHoursPolicy, notificationsTemplatesPolicy } from '../../shared/contract/notifications-policies.ts';
import * as routes from './routes.ts';

export const capability = defineCapability({
  name: 'notifications',
  routes: routesOf(routes),
  jobs: [
    {
      name: 'notifications-release',
      summary: 'Sends the notifications held by quiet hours whose time has come (work proportional to what is due)',
      schedule: 'cron(0/15 * * * ? *)',
      timeZone: 'Asia/Shanghai',
    },
  ],
  policies: [notificationsQuietHoursPolicy, notificationsTemplatesPolicy],
});
