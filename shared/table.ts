/**
 * The one table, described once. CDK (infra/) and the local launcher (local/dynamo.ts) both
 * build it from this description, so AWS and one machine can never disagree on keys or indexes.
 *
 * GSI attribute names are generic (overloaded); code refers to an index by the access pattern it
 * serves (see `Index` below and docs/data-model.md).
 */
export const TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'ttl',
  globalIndexes: [
    { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    { name: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
    { name: 'gsi4', partitionKey: 'gsi4pk', sortKey: 'gsi4sk' },
    { name: 'gsi5', partitionKey: 'gsi5pk', sortKey: 'gsi5sk' },
    { name: 'gsi6', partitionKey: 'gsi6pk', sortKey: 'gsi6sk' },
  ],
} as const;

export type IndexName = (typeof TABLE.globalIndexes)[number]['name'];

/** Indexes named by the access pattern they serve. Several patterns share one overloaded index. */
export const Index = {
  /** History of a subject (customer timeline, object audit), newest first. */
  bySubjectHistory: 'gsi1',
  /** Customers of a region and class, by name (prefix); shares gsi1 with subject history. */
  byRegionClass: 'gsi1',
  /** The users of a tenant, by username (partition `…USERS`); shares gsi1. */
  tenantUsers: 'gsi1',
  /**
   * Customers by phone: partition by the last 4 digits, sort by the digits reversed, so the exact
   * phone and its last 4–6 digits are both a `begins_with` in one partition.
   */
  byPhone: 'gsi2',
  /** Customers of a region by name (prefix); also the archive-stats walk over a region. */
  byRegionName: 'gsi3',
  /** Customers of a region by address (prefix). */
  byRegionAddress: 'gsi4',
  /** Customers of the tenant by name (prefix), partitioned by the name's first character and a shard. */
  byTenantName: 'gsi5',
  /** Notifications of a tenant-local day, per shard, newest first (partition `…NOTIFDAY#…`); shares gsi5. */
  notificationsByDay: 'gsi5',
  /** Notifications of a customer, newest first (partition `…NOTIFCUST#…`); shares gsi6. */
  notificationsByCustomer: 'gsi6',
  /** Held notifications by the instant they may go out, per shard (sparse; partition `…NOTIFHELD#…`); shares gsi4. */
  heldNotifications: 'gsi4',
  /** Customers of the tenant by address (prefix), partitioned by the address's first character and a shard. */
  byTenantAddress: 'gsi6',
  /** Reading exceptions of a region and status (the review queue), newest first; shares gsi1. */
  readingExceptions: 'gsi1',
  /** …of a region, status and grade; shares gsi2 (partition `…REXC#…#G#<grade>`). */
  readingExceptionsByGrade: 'gsi2',
  /** …of a region, status and rule; shares gsi3 (partition `…REXC#…#R#<rule>`). */
  readingExceptionsByRule: 'gsi3',
  /** Adjustments of a region and status (the pending queue), newest first (partition `…REGION#<r>#ADJ#<status>`); shares gsi1. */
  adjustmentQueue: 'gsi1',
  /** Adjustments of a meter, newest first (partition `…METERADJ#<meterId>`); shares gsi2. */
  meterAdjustments: 'gsi2',
  /** Adjustments of a customer, newest first (partition `…CUSTADJ#<customerId>`); shares gsi3. */
  customerAdjustments: 'gsi3',
  /** The read books of a region (partition `…REGION#<r>#RBOOKS`); shares gsi1. */
  regionReadBooks: 'gsi1',
  /** The read books of a cadence (partition `…RBOOKS#<cadence>`); shares gsi2. */
  booksByCadence: 'gsi2',
  /** The read cycles of a region, newest period first (partition `…REGION#<r>#RCYCLES`); shares gsi1. */
  regionReadCycles: 'gsi1',
  /** Open read cycles by the instant they close, per shard (sparse; partition `…RCYCLEOPEN#<n>`); shares gsi2. */
  openReadCycles: 'gsi2',
  /** A reader's follow-up tasks (partition `…READER#<u>#FOLLOWUPS`); shares gsi1. */
  readerFollowUps: 'gsi1',
  /** Tickets: of a region by status (`…TICKETS#REGION#<r>`), of a region and kind, of a kind, of a status, every ticket; the due index by hour. */
  ticketsByRegion: 'gsi1',
  ticketsByRegionKind: 'gsi2',
  ticketsByKind: 'gsi3',
  ticketsByStatus: 'gsi4',
  ticketsDue: 'gsi5',
  ticketsAll: 'gsi6',
  /**
   * The open-ticket queues (the tickets' `QUEUE` entries, partitions `…TICKETQ#…`): of a region, of
   * the tenant, of an assignee in a region, of an assignee; by SLA risk (shared/entities/ticket.ts).
   */
  ticketQueueByRegion: 'gsi1',
  ticketQueueAll: 'gsi2',
  ticketQueueByRegionAssignee: 'gsi3',
  ticketQueueByAssignee: 'gsi4',
  /** Survey campaigns (partition `…SURVEYS`), newest first; the running ones of a kind or trigger (sparse, `…SURVEYRUN#…`). */
  surveyCampaigns: 'gsi1',
  runningSurveys: 'gsi2',
  /** A campaign's invitations per shard (`…SURVEY#<c>#INV#<n>`), of a status (`…INV#<status>#<n>`), newest first. */
  campaignInvitations: 'gsi1',
  campaignInvitationsByStatus: 'gsi2',
  /** Answers with a comment: of a campaign (`…SURVEY#<c>#COMMENTS`), of the tenant's month (`…SURVEYCOMMENTS#<month>`), newest first. */
  campaignComments: 'gsi3',
  surveyComments: 'gsi4',
  /** Invitations still open by the UTC month they expire, per shard (sparse: `…SURVEYEXPIRY#<month>#<n>`). */
  surveyExpiries: 'gsi5',
  /** A webhook's deliveries of one state, newest first (partition `…WHDELIVERY#<id>#S#<state>`); shares gsi1. */
  webhookDeliveriesByState: 'gsi1',
} as const satisfies Record<string, IndexName>;

export const tableName = (): string => process.env.TABLE_NAME ?? 'gascare';
