import type { calendarZhCN } from './calendar.zh-CN.ts';
import type { DeepStrings } from './zh-CN.ts';

/** The business-calendar page's texts, English: the same keys as calendar.zh-CN.ts (enforced by the type). */
export const calendarEn: DeepStrings<typeof calendarZhCN> = {
  intro: 'Public holidays, make-up working days and working hours: ticket deadlines (postponed over holidays, working days, working hours) are computed with this calendar.',
  year: 'Year',
  official: 'Public holidays from: {{source}}',
  notOfficial: 'No public-holiday data for {{year}} yet: weekends only',
  readOnly: 'Only admins can change the calendar.',
  editHint: 'Click a day to mark or unmark a local holiday or a make-up working day.',
  kinds: {
    holiday: 'Holiday',
    'makeup-working': 'Make-up working day',
    weekend: 'Weekend',
    working: 'Working day',
  },
  badges: {
    holiday: 'Off',
    'makeup-working': 'Work',
  },
  origins: {
    official: 'Official',
    local: 'Local',
  },
  legend: 'Legend',
  today: 'Today',
  dayLabel: '{{date}}, {{kind}}',
  dayLabelNamed: '{{date}}, {{kind}}: {{name}}',
  warnings: {
    'official-data-missing': 'The public holidays of {{year}} are not published or loaded yet: the calendar counts weekends only.',
    'official-data-available': 'The public holidays of {{year}} are published, but this calendar was saved without them: review its days and save it again.',
  },
  hours: {
    title: 'Working hours',
    start: 'Start',
    end: 'End',
    add: 'Add interval',
    remove: 'Remove interval {{n}}',
    interval: 'Interval {{n}}',
    invalid: 'Use HH:mm; intervals in order and not overlapping',
  },
  edit: {
    title: '{{date}}',
    kind: 'Kind',
    none: 'Ordinary (by weekday)',
    name: 'Name',
    namePlaceholder: 'e.g. Company founding day',
    nameRequired: 'Enter a name',
    makeupWeekendOnly: 'Only a Saturday or Sunday can be a make-up working day',
    apply: 'OK',
    cancel: 'Cancel',
  },
  save: 'Save',
  saved: 'Calendar of {{year}} saved',
  unsaved: 'Unsaved changes',
  updated: 'Last changed {{time}} by {{by}}',
  neverSaved: 'Never saved: showing the official dates',
  loadFailed: 'Could not load the calendar',
};
