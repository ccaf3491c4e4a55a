import type { adjustmentsZhCN } from './adjustments.zh-CN.ts';

/** The adjustment approvals' texts, English (the same keys as adjustments.zh-CN.ts). */
export const adjustmentsEn: typeof adjustmentsZhCN = {
  intro: 'Volume adjustments and supplements need a basis and a second person’s approval: nobody approves their own. An approved volume is posted to the meter’s ledger, which billing uses.',
  statusFilter: 'Status',
  statuses: {
    pending: 'Pending',
    approved: 'Approved',
    rejected: 'Rejected',
  },
  kinds: {
    adjust: 'Adjustment',
    supplement: 'Supplement',
  },
  evidenceTypes: {
    exception: 'Reading exception',
    photo: 'Photo',
    inspection: 'Inspection',
    reading: 'Reading',
  },
  columns: {
    region: 'Region',
    meter: 'Meter',
    volume: 'Volume',
    reason: 'Basis',
    evidence: 'Evidence',
    proposedBy: 'Proposed',
    status: 'Status',
    actions: 'Actions',
  },
  volume: '{{volume}} m³',
  customerLink: 'Customer file',
  decidedBy: '{{name}} at {{time}}',
  ownProposal: 'Yours: someone else decides',
  empty: 'No adjustments in this state',
  previous: 'Previous',
  next: 'Next',
  decide: {
    button: 'Decide',
    title: 'Decide the adjustment',
    summary: '{{kind}} {{volume}} m³ · meter {{serial}}',
    decision: 'Decision',
    approve: 'Approve',
    reject: 'Reject',
    note: 'Note',
    noteRequired: 'Write a note (at least 2 characters)',
    submit: 'Submit',
    approved: 'Approved: the volume is posted to the meter’s ledger',
    rejected: 'Rejected',
  },
};
