import type { NotificationCategory, NotificationChannel } from '../contract/notifications.ts';
import type { NotificationsQuietHoursPolicy } from '../contract/notifications-policies.ts';
import { endOfDailyWindow, inDailyWindow } from '../local-time.ts';

/**
 * The pure rules of notifications, tested with tables of cases: the text of a template with its
 * parameters, the channel a recipient gets, and whether quiet hours hold a notification back.
 */

/** `{name}` → its parameter; a placeholder without a value renders empty (the policy's schema refuses unknown ones). */
export const renderTemplate = (text: string, params: Record<string, string | undefined>): string =>
  text.replace(/\{([^{}]*)\}/g, (_, name: string) => params[name] ?? '');

/** A special-care household is called rather than texted or mailed: a person makes sure the notice is understood. */
export const channelFor = (requested: NotificationChannel, specialCare: boolean): NotificationChannel => (specialCare ? 'phone-task' : requested);

export type QuietHoursDecision = { held: false } | { held: true; sendAfter: Date };

/**
 * Whether a notification waits for the end of its channel's quiet hours: only the categories the
 * policy holds (never `service`), only inside the channel's window (tenant wall clock).
 */
export function quietHoursDecision(at: Date, channel: NotificationChannel, category: NotificationCategory, policy: NotificationsQuietHoursPolicy, timeZone: string): QuietHoursDecision {
  if (category === 'service' || !(policy.holds as readonly string[]).includes(category)) return { held: false };
  const window = policy.windows[channel];
  if (!window || !inDailyWindow(at, window, timeZone)) return { held: false };
  return { held: true, sendAfter: endOfDailyWindow(at, window, timeZone) };
}
