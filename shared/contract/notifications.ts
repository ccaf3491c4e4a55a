import * as z from 'zod';
import type { Role } from './access.ts';
import { Cursor, HumanText, IsoDateTime, limitUpTo, Page, Ulid, Version } from './common.ts';

/* ------------------------------------------------------------------------------------------------
 * Notifications to customers and staff: the channels, categories, states and templates, who may
 * read the log and complete phone tasks, and the schemas of /v1/notifications.
 * ---------------------------------------------------------------------------------------------- */

/** `phone-task`: a person must call (special-care households, or a notice that needs a voice). */
export const NOTIFICATION_CHANNELS = ['sms', 'email', 'phone-task'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** `service` notices (suspension, restoration, emergencies) are never held by quiet hours. */
export const NOTIFICATION_CATEGORIES = ['service', 'marketing', 'survey'] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

/**
 * `queued` → `sent` | `failed` (SMS, e-mail: the publisher records the outcome); `held` until its
 * quiet hours end (then `queued`, or `open` for a phone task); phone tasks `open` → `done`.
 */
export const NOTIFICATION_STATES = ['queued', 'held', 'sent', 'failed', 'open', 'done'] as const;
export type NotificationState = (typeof NOTIFICATION_STATES)[number];

/** Every template and the parameters its text may use (`{company}` and `{hotline}` come from the templates policy). */
export const NOTIFICATION_TEMPLATES = {
  'customer.suspended': ['company', 'hotline', 'name', 'accountNumber', 'time', 'reason'],
  'customer.restored': ['company', 'hotline', 'name', 'accountNumber', 'time'],
  'survey.invitation': ['company', 'hotline', 'name', 'link'],
  'ticket.emergency': ['company', 'hotline', 'name', 'ticketId', 'time', 'address', 'description'],
  'ticket.deadline-warning': ['company', 'hotline', 'name', 'ticketId', 'kind', 'deadline', 'due'],
  'ticket.escalated': ['company', 'hotline', 'name', 'ticketId', 'kind', 'level', 'deadline', 'due'],
} as const satisfies Record<string, readonly string[]>;
export type NotificationTemplate = keyof typeof NOTIFICATION_TEMPLATES;
export const NOTIFICATION_TEMPLATE_NAMES = Object.keys(NOTIFICATION_TEMPLATES) as NotificationTemplate[];

/** The placeholders of a template text, in order of appearance (`{name}`). */
export const placeholdersOf = (text: string): string[] => [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);

/** The placeholders of a text that its template does not provide (a tenant's typo such as `{acount}`). */
export const unknownPlaceholders = (text: string, template: NotificationTemplate): string[] => {
  const allowed: readonly string[] = NOTIFICATION_TEMPLATES[template];
  return [...new Set(placeholdersOf(text).filter((p) => !allowed.includes(p)))];
};

/** The log is personal data of many customers: admins only. */
export const NOTIFICATION_READERS: readonly Role[] = ['admin'];
/** Who calls the customer and completes a phone task. */
export const PHONE_TASK_WORKERS: readonly Role[] = ['admin', 'dispatcher', 'agent'];

export const PHONE_TASK_OUTCOMES = ['reached', 'no-answer', 'wrong-number'] as const;

const Day = z.iso.date();
const TemplateName = z.enum(NOTIFICATION_TEMPLATE_NAMES as [NotificationTemplate, ...NotificationTemplate[]]);

export const ListNotificationsQuery = z.strictObject({
  /** The notifications of one customer, newest first (with `day`: of that day only). */
  customerId: Ulid.optional(),
  type: TemplateName.optional(),
  channel: z.enum(NOTIFICATION_CHANNELS).optional(),
  /** Tenant-local day (YYYY-MM-DD); default today, unless `customerId` is given (then every day). */
  day: Day.optional(),
  cursor: Cursor.optional(),
  limit: limitUpTo(100).optional(),
});

export const NotificationParams = z.strictObject({ id: Ulid });

export const NotificationActionBody = z.strictObject({
  action: z.literal('complete'),
  outcome: z.enum(PHONE_TASK_OUTCOMES),
  note: HumanText({ min: 0, max: 500, multiline: true }).optional(),
  /** The version read (alternative to If-Match). */
  version: Version.optional(),
});

/** A notification as the API shows it: the recipient's phone and e-mail masked. */
export const NotificationView = z.strictObject({
  id: z.string(),
  type: TemplateName,
  channel: z.enum(NOTIFICATION_CHANNELS),
  category: z.enum(NOTIFICATION_CATEGORIES),
  state: z.enum(NOTIFICATION_STATES),
  recipient: z.strictObject({
    kind: z.enum(['customer', 'staff']),
    customerId: z.string().nullable(),
    username: z.string().nullable(),
    name: z.string().nullable(),
    /** Masked: `138****5678`. */
    phone: z.string().nullable(),
    /** Masked: `z***@example.com`. */
    email: z.string().nullable(),
  }),
  text: z.string(),
  subject: z.strictObject({ type: z.string(), id: z.string() }),
  /** Tenant-local day the notification was created on. */
  day: Day,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** A held notification goes out at (or soon after) this instant. */
  sendAfter: IsoDateTime.nullable(),
  sentAt: IsoDateTime.nullable(),
  attempts: z.int(),
  lastError: z.string().nullable(),
  /** Phone tasks: the outcome of the call. */
  outcome: z.enum(PHONE_TASK_OUTCOMES).nullable(),
  note: z.string().nullable(),
  completedBy: z.string().nullable(),
  version: z.int(),
});
export type NotificationView = z.infer<typeof NotificationView>;

export const NotificationPage = Page(NotificationView);
