import type { notificationsZhCN } from './notifications.zh-CN.ts';
import type { DeepStrings } from './zh-CN.ts';

/** The notification log's texts, English: the same keys as notifications.zh-CN.ts (enforced by the type). */
export const notificationsEn: DeepStrings<typeof notificationsZhCN> = {
  intro: 'SMS, e-mail and phone tasks to customers and staff, with their delivery state. Phones and e-mail addresses are masked.',
  filters: {
    day: 'Day',
    channel: 'Channel',
    type: 'Type',
    customerId: 'Customer id',
    customerIdPlaceholder: 'Filter by customer id (optional)',
    all: 'All',
    search: 'Search',
    reset: 'Reset',
  },
  columns: {
    createdAt: 'Time',
    channel: 'Channel',
    type: 'Type',
    recipient: 'Recipient',
    text: 'Text',
    state: 'State',
    subject: 'Business object',
    actions: 'Actions',
  },
  channels: {
    sms: 'SMS',
    email: 'E-mail',
    'phone-task': 'Phone task',
  },
  types: {
    'customer.suspended': 'Suspension notice',
    'customer.restored': 'Restoration notice',
    'survey.invitation': 'Survey invitation',
    'ticket.emergency': 'Emergency dispatch notice',
    'ticket.deadline-warning': 'Ticket deadline warning',
    'ticket.escalated': 'Ticket escalation',
  },
  categories: {
    service: 'Service',
    marketing: 'Marketing',
    survey: 'Survey',
  },
  states: {
    queued: 'Queued',
    held: 'Held (quiet hours)',
    sent: 'Sent',
    failed: 'Failed',
    open: 'To call',
    done: 'Done',
  },
  heldUntil: 'goes out after {{time}}',
  subjectCustomer: 'Customer file',
  staff: 'Staff {{username}}',
  noRecipient: '(none)',
  empty: 'No notifications on this day',
  previous: 'Previous',
  next: 'Next',
  complete: {
    button: 'Complete',
    title: 'Complete the phone task',
    outcome: 'Outcome of the call',
    note: 'Note',
    submit: 'OK',
    done: 'Phone task completed',
  },
  outcomes: {
    reached: 'Reached',
    'no-answer': 'No answer',
    'wrong-number': 'Wrong number',
  },
};
