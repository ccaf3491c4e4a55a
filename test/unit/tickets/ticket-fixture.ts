import type { Ticket } from '../../../shared/entities/ticket.ts';

/**
 * A repair ticket as stored, for the pure tests of the tickets' rules: a received repair in
 * r-east with nothing met, dispatched to no one, and no SLA state; each test gives its instants
 * (`receivedAt`, `deadlines`) and what differs.
 */
export function aTicket(fields: Partial<Ticket> & Pick<Ticket, 'receivedAt' | 'deadlines'>): Ticket {
  return {
    id: '01KB0000000000000000000000',
    kind: 'repair',
    status: 'received',
    priority: 'normal',
    channel: 'phone',
    customerId: '01KB0000000000000000000001',
    regionId: 'r-east',
    specialCare: false,
    description: '灶具打不着火',
    referred: false,
    met: {},
    policy: { section: 'tickets.deadlines', versionId: null, effectiveFrom: null },
    unofficialYears: [],
    escalation: { level: 0, history: [] },
    paused: null,
    pauses: [],
    assignee: null,
    resolution: null,
    reply: null,
    closedAt: null,
    returnVisit: null,
    reopens: [],
    firstTimeFix: true,
    sla: { policy: { section: 'tickets.sla', versionId: null, effectiveFrom: null }, warnAtPercent: 80, warnAt: {}, warned: {}, breached: {}, missed: [], escalations: [] },
    createdBy: { kind: 'user', id: 'agent', name: '坐席' },
    createdAt: fields.receivedAt,
    updatedAt: fields.receivedAt,
    version: 1,
    ...fields,
  };
}
