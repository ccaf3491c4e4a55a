/**
 * Every key format of the table, in one place: nothing else concatenates key strings.
 * Every partition key (of the table and of every GSI) starts with `T#<tenantId>#`, the prefix the
 * IAM `dynamodb:LeadingKeys` condition and the local store guard both enforce.
 */
export const PLATFORM_TENANT = '_platform';

/** A string's hash (h·31 + c, unsigned 32-bit) mod `shards`: the one shard function of every sharded key. */
const hashShard = (id: string, shards: number): number => {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return h % shards;
};

/** Shards of each first character in the tenant-wide name and address indexes. */
export const SEARCH_SHARDS = 2;

/** The shard of a customer id: a hash of the id, so a first character's customers spread evenly. */
export const searchShard = (customerId: string): number => hashShard(customerId, SEARCH_SHARDS);

/** The first character (code point) of a normalised key; `_` for an empty one. */
export const firstChar = (key: string): string => String.fromCodePoint(key.codePointAt(0) ?? 0x5f);

/**
 * Shards of each day-keyed partition (audit, outbox). A 10M-meter tenant's month of readings in 15
 * minutes is 11,100 readings/s, each an audit record and an outbox event of ≤ 1 KB written in a
 * transaction (2 WCU each): 22,200 WCU/s per kind, over 1,000 WCU/s per partition → 23 keys; 32.
 */
export const DAY_SHARDS = 32;

/** Shards of a region's open-ticket risk figures (a hash of the ticket id). */
export const TICKET_TALLY_SHARDS = 4;
export const ticketTallyShard = (id: string): number => hashShard(id, TICKET_TALLY_SHARDS);

/** The shard of an id (a ULID: its random tail spreads the ids of one millisecond). */
export const dayShard = (id: string): number => hashShard(id, DAY_SHARDS);

/** Shards of the open read cycles (the job's close and refresh walk; a 10M-meter tenant opens ~20k cycles in one run). */
export const OPEN_CYCLE_SHARDS = 4;

/** The shard of a read book's id (hash of the id, like `searchShard`). */
export const openCycleShard = (bookId: string): number => hashShard(bookId, OPEN_CYCLE_SHARDS);

/** Shards of a day's notifications (a survey campaign's 50k SMS in a day spread over this many keys). */
export const NOTIFICATION_SHARDS = 4;

/** The shard of a notification id (hash of the id, like `searchShard`). */
export const notificationShard = (id: string): number => hashShard(id, NOTIFICATION_SHARDS);

/** Shards of a survey campaign's invitation lists, expiry days and figures (a quarter's 50k invitations in one run). */
export const SURVEY_SHARDS = 4;
export const surveyShard = (id: string): number => hashShard(id, SURVEY_SHARDS);

/** Shards of a month's KPI facts (every ticket write of the month ADDs to its unit's item in one of them). */
export const KPI_SHARDS = 8;
export const kpiShard = (id: string): number => hashShard(id, KPI_SHARDS);

/** Shards of a region and class's sampling frame (an import of a region writes every customer's frame entry). */
export const FRAME_SHARDS = 4;
export const frameShard = (customerId: string): number => hashShard(customerId, FRAME_SHARDS);
/** Buckets of the sampling frame: a period samples a contiguous range of them (functions/surveys/sampling.ts). */
export const SAMPLE_BUCKETS = 10_000;
/**
 * A well-mixed 32-bit hash (the polynomial hash through murmur3's finaliser): strings differing in
 * their last characters land far apart, as a sample draw needs (the plain hash, enough to spread
 * writes over shards, puts `…T1`, `…T2` next to each other).
 */
const mixedHash = (text: string): number => {
  let h = hashShard(text, 2 ** 32);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
};
/** A customer's bucket: a second hash, independent of its shard (salted). */
export const sampleBucket = (customerId: string): number => mixedHash(`bucket:${customerId}`) % SAMPLE_BUCKETS;
/** A stable number in [0, 1) of a string (the event campaigns' sampling draw). */
export const unitDraw = (text: string): number => mixedHash(`draw:${text}`) / 2 ** 32;

/**
 * A read period in the order of time: the month its window lies in, then the period (`2026-11` →
 * `2026-11#2026-11`, `2026-Q4` → `2026-12#2026-Q4`), so a quarter sorts with the month it is read in.
 */
export const periodSort = (period: string): string => {
  const q = /^(\d{4})-Q(\d)$/.exec(period);
  return `${q ? `${q[1]}-${String(Number(q[2]) * 3).padStart(2, '0')}` : period}#${period}`;
};

const reversed = (digits: string) => [...digits].reverse().join('');

export const tenantPrefix = (tenantId: string): string => `T#${tenantId}#`;

const t = tenantPrefix;

export const keys = {
  /** Platform tenant directory: one item per tenant, read by the local scheduler and the seed. */
  tenantDirectory: (tenantId: string) => ({ pk: `${t(PLATFORM_TENANT)}TENANTS`, sk: `TENANT#${tenantId}` }),
  tenantDirectoryPartition: () => `${t(PLATFORM_TENANT)}TENANTS`,

  tenantProfile: (tenantId: string) => ({ pk: `${t(tenantId)}TENANT`, sk: 'PROFILE' }),

  regionsPartition: (tenantId: string) => `${t(tenantId)}REGION`,
  region: (tenantId: string, regionId: string) => ({ pk: `${t(tenantId)}REGION`, sk: `REGION#${regionId}` }),

  user: (tenantId: string, username: string) => ({ pk: `${t(tenantId)}USER#${username}`, sk: 'USER' }),

  /** Webhooks of a tenant (at most MAX_WEBHOOKS: each outbox event is one Query of them). */
  webhooksPartition: (tenantId: string) => `${t(tenantId)}WEBHOOK`,
  webhook: (tenantId: string, id: string) => ({ pk: `${t(tenantId)}WEBHOOK`, sk: `WEBHOOK#${id}` }),
  /** A webhook's deliveries, newest first (the id is the event's ULID, or the test ping's). */
  webhookDeliveries: (tenantId: string, webhookId: string) => `${t(tenantId)}WHDELIVERY#${webhookId}`,
  webhookDelivery: (tenantId: string, webhookId: string, deliveryId: string) => ({ pk: `${t(tenantId)}WHDELIVERY#${webhookId}`, sk: `D#${deliveryId}` }),
  /** …of one state (gsi1, `Index.webhookDeliveriesByState`). */
  webhookDeliveriesByState: (tenantId: string, webhookId: string, state: string) => `${t(tenantId)}WHDELIVERY#${webhookId}#S#${state}`,

  apiKeysPartition: (tenantId: string) => `${t(tenantId)}APIKEY`,
  apiKey: (tenantId: string, keyId: string) => ({ pk: `${t(tenantId)}APIKEY`, sk: `KEY#${keyId}` }),
  /** An API key's requests of one tenant-local day (YYYY-MM-DD), a counter ADDed by every request of the key. */
  apiKeyUsagePartition: (tenantId: string, keyId: string) => `${t(tenantId)}APIKEYUSE#${keyId}`,
  apiKeyUsage: (tenantId: string, keyId: string, day: string) => ({ pk: `${t(tenantId)}APIKEYUSE#${keyId}`, sk: `D#${day}` }),

  /**
   * Audit records are partitioned by UTC day and a shard of the id (`DAY_SHARDS`), so no one key
   * takes every write of a day (a day's readings); subject history is the GSI `bySubjectHistory`.
   */
  audit: (tenantId: string, day: string, id: string) => ({ pk: `${t(tenantId)}AUDIT#${day}#${dayShard(id)}`, sk: id }),
  auditDayPartition: (tenantId: string, day: string, shard: number) => `${t(tenantId)}AUDIT#${day}#${shard}`,
  subjectHistory: (tenantId: string, subjectType: string, subjectId: string) =>
    `${t(tenantId)}HIST#${subjectType}#${subjectId}`,

  /** Outbox events, picked up from the table's stream by the publisher; expire by TTL. */
  outbox: (tenantId: string, day: string, id: string) => ({ pk: `${t(tenantId)}OUTBOX#${day}#${dayShard(id)}`, sk: id }),
  /** One of a UTC day's `DAY_SHARDS` outbox partitions (the event feed, `GET /v1/events`). */
  outboxDayPartition: (tenantId: string, day: string, shard: number) => `${t(tenantId)}OUTBOX#${day}#${shard}`,

  idempotency: (tenantId: string, principalId: string, key: string) => ({
    pk: `${t(tenantId)}IDEM#${principalId}#${key}`,
    sk: 'IDEM',
  }),

  /** Nightly archive statistics (job archive-stats): one item per region, read by the dashboard. */
  archiveStatsPartition: (tenantId: string) => `${t(tenantId)}STATS#ARCHIVE`,
  archiveStats: (tenantId: string, regionId: string) => ({ pk: `${t(tenantId)}STATS#ARCHIVE`, sk: `REGION#${regionId}` }),

  /**
   * Customer archive (一户一档). Search keys (`accountKey`, `serialKey`, `phoneKey`, `nameKey`,
   * `addressKey`) are normalised by shared/search-key.ts before they reach a key.
   */
  customer: (tenantId: string, customerId: string) => ({ pk: `${t(tenantId)}CUST#${customerId}`, sk: 'CUSTOMER' }),
  /** Uniqueness guard (conditional put) and exact lookup of an account number. */
  accountNumberGuard: (tenantId: string, accountKey: string) => ({ pk: `${t(tenantId)}ACCT#${accountKey}`, sk: 'GUARD' }),
  /**
   * GSI `byPhone` (gsi2): customers by the last 4 digits of their phone; the sort key is the
   * digits reversed, so an exact phone (`P#<reversed>#`) and its last 4–6 digits (`P#<reversed
   * last digits>`) are both a prefix. 10,000 partitions per tenant, evenly filled.
   */
  customersByPhone: (tenantId: string, phoneKey: string) => `${t(tenantId)}PHONE4#${phoneKey.slice(-4)}`,
  customerPhoneSort: (phoneKey: string, customerId: string) => `P#${reversed(phoneKey)}#${customerId}`,
  customerPhonePrefix: (phoneKey: string) => `P#${reversed(phoneKey)}#`,
  customerPhoneEndingPrefix: (lastDigits: string) => `P#${reversed(lastDigits)}`,
  /**
   * GSIs `byTenantName` (gsi5) and `byTenantAddress` (gsi6): every customer of the tenant by the
   * first character of its name (address) key and a shard (0…SEARCH_SHARDS-1, from the id), so a
   * common surname or a city name every address starts with spreads its writes over several keys.
   * The sort keys are those of `byRegionName` / `byRegionAddress`.
   */
  tenantNameCustomers: (tenantId: string, firstChar: string, shard: number) => `${t(tenantId)}NAMEPFX#${firstChar}#${shard}`,
  tenantAddressCustomers: (tenantId: string, firstChar: string, shard: number) => `${t(tenantId)}ADDRPFX#${firstChar}#${shard}`,
  /** GSIs `byRegionName` (gsi3) and `byRegionAddress` (gsi4): every customer of a region. */
  regionCustomers: (tenantId: string, regionId: string) => `${t(tenantId)}REGION#${regionId}#CUST`,
  /** GSI `byRegionClass` (gsi1, shared with subject history): customers of a region and class. */
  regionClassCustomers: (tenantId: string, regionId: string, customerClass: string) => `${t(tenantId)}REGION#${regionId}#CLASS#${customerClass}`,
  customerNameSort: (nameKey: string, customerId: string) => `N#${nameKey}#${customerId}`,
  customerNamePrefix: (namePrefix: string) => `N#${namePrefix}`,
  customerAddressSort: (addressKey: string, customerId: string) => `A#${addressKey}#${customerId}`,
  customerAddressPrefix: (addressPrefix: string) => `A#${addressPrefix}`,

  meter: (tenantId: string, meterId: string) => ({ pk: `${t(tenantId)}METER#${meterId}`, sk: 'METER' }),
  /** Uniqueness guard (conditional put) and exact lookup of a meter serial. */
  meterSerialGuard: (tenantId: string, serialKey: string) => ({ pk: `${t(tenantId)}SERIAL#${serialKey}`, sk: 'GUARD' }),
  /** IC-card purchases live in the meter's partition; the reference makes a purchase idempotent. */
  icCardPurchase: (tenantId: string, meterId: string, reference: string) => ({ pk: `${t(tenantId)}METER#${meterId}`, sk: `PURCHASE#${reference}` }),

  /** Who revealed which customer's full phone / ID number, and why: one partition per tenant-local day. */
  revealLogPartition: (tenantId: string, day: string) => `${t(tenantId)}REVEAL#${day}`,
  revealLog: (tenantId: string, day: string, id: string) => ({ pk: `${t(tenantId)}REVEAL#${day}`, sk: id }),

  /**
   * CSV imports of customers: the import record in one partition per tenant (newest first), its
   * per-row errors and per-batch markers in a partition of the import.
   */
  customerImportsPartition: (tenantId: string) => `${t(tenantId)}IMPORTS`,
  customerImport: (tenantId: string, importId: string) => ({ pk: `${t(tenantId)}IMPORTS`, sk: `IMPORT#${importId}` }),
  customerImportRowsPartition: (tenantId: string, importId: string) => `${t(tenantId)}IMPORT#${importId}`,
  customerImportError: (tenantId: string, importId: string, row: number) => ({ pk: `${t(tenantId)}IMPORT#${importId}`, sk: `ERR#${String(row).padStart(9, '0')}` }),
  customerImportErrorPrefix: () => 'ERR#',
  customerImportBatch: (tenantId: string, importId: string, firstRow: number) => ({ pk: `${t(tenantId)}IMPORT#${importId}`, sk: `BATCH#${String(firstRow).padStart(9, '0')}` }),

  /**
   * Tenant policies: every version of a section in the section's partition, sorted by the instant
   * it takes effect (then by id), so "the version in force at T" is one Query: sk ≤ `V#<T>~`,
   * newest first, limit 1.
   */
  policyVersions: (tenantId: string, section: string) => `${t(tenantId)}POLICY#${section}`,
  policyVersion: (tenantId: string, section: string, effectiveFrom: string, id: string) => ({ pk: `${t(tenantId)}POLICY#${section}`, sk: `V#${effectiveFrom}#${id}` }),
  policyVersionPrefix: () => 'V#',
  /** The last sort key of the versions in force at an instant (ISO-8601 UTC, as `toISOString` writes it). */
  policyInForceUpTo: (at: string) => `V#${at}#~`,

  /**
   * The business calendar: one item per year an admin saved (a year never saved is built from the
   * official dates on the fly). A loader reads the years it needs with one GetItem each.
   */
  calendarYear: (tenantId: string, year: number) => ({ pk: `${t(tenantId)}CALENDAR`, sk: `YEAR#${year}` }),

  /**
   * Notifications (shared/notifications): the item by id; GSI `notificationsByDay` (gsi5) by the
   * tenant-local day and a shard, newest first; GSI `notificationsByCustomer` (gsi6) by customer,
   * newest first; GSI `heldNotifications` (gsi4, sparse: only while held) by the instant a held
   * notification may go out, sharded like the day.
   */
  notification: (tenantId: string, id: string) => ({ pk: `${t(tenantId)}NOTIF#${id}`, sk: 'NOTIFICATION' }),
  notificationsOfDay: (tenantId: string, day: string, shard: number) => `${t(tenantId)}NOTIFDAY#${day}#${shard}`,
  notificationsOfCustomer: (tenantId: string, customerId: string) => `${t(tenantId)}NOTIFCUST#${customerId}`,
  heldNotifications: (tenantId: string, shard: number) => `${t(tenantId)}NOTIFHELD#${shard}`,
  heldNotificationSort: (sendAfter: string, id: string) => `${sendAfter}#${id}`,
  /** The last sort key of the held notifications due at an instant (ISO-8601 UTC). */
  heldNotificationsDueBy: (at: string) => `${at}#~`,

  jobState: (tenantId: string, job: string) => ({ pk: `${t(tenantId)}JOB#${job}`, sk: 'STATE' }),
  jobRunsPartition: (tenantId: string, job: string) => `${t(tenantId)}JOB#${job}`,
  jobRun: (tenantId: string, job: string, runId: string) => ({ pk: `${t(tenantId)}JOB#${job}`, sk: `RUN#${runId}` }),
  /** Sort-key prefix of a job's runs in its partition (newest first by ULID). */
  jobRunPrefix: () => 'RUN#',
  /** Scheduled-run guard: one run per schedule firing (conditional put), kept 30 days by `ttl`. */
  jobScheduleGuard: (tenantId: string, job: string, asOf: string) => ({ pk: `${t(tenantId)}JOB#${job}`, sk: `ASOF#${asOf}` }),

  // ── Meter reading (functions/reading) ────────────────────────────────────────────────────────
  /** A reading lives in its meter's partition, sorted by when it was read: a meter's history is one Query. */
  meterReading: (tenantId: string, meterId: string, readAt: string, readingId: string) => ({ pk: `${t(tenantId)}METER#${meterId}`, sk: `READING#${readAt}#${readingId}` }),
  meterReadingPrefix: () => 'READING#',
  /** A VEE exception, in a partition of its own (GetItem by id for the review). */
  readingException: (tenantId: string, exceptionId: string) => ({ pk: `${t(tenantId)}RDGEXC#${exceptionId}`, sk: 'EXCEPTION' }),
  /** The review queue of a region by status (gsi1 `readingExceptions`), and by grade (gsi2) or rule (gsi3); sort key the exception id. */
  exceptionQueue: (tenantId: string, regionId: string, status: string) => `${t(tenantId)}REXC#${regionId}#${status}`,
  exceptionQueueByGrade: (tenantId: string, regionId: string, status: string, grade: string) => `${t(tenantId)}REXC#${regionId}#${status}#G#${grade}`,
  exceptionQueueByRule: (tenantId: string, regionId: string, status: string, rule: string) => `${t(tenantId)}REXC#${regionId}#${status}#R#${rule}`,
  /** A volume adjustment (调量/补量), in a partition of its own (GetItem by id). */
  adjustment: (tenantId: string, adjustmentId: string) => ({ pk: `${t(tenantId)}ADJ#${adjustmentId}`, sk: 'ADJUSTMENT' }),
  /** The adjustments of a region by status (gsi1 `adjustmentQueue`: the pending queue), of a meter (gsi2) and of a customer (gsi3); sort key the id. */
  adjustmentQueue: (tenantId: string, regionId: string, status: string) => `${t(tenantId)}REGION#${regionId}#ADJ#${status}`,
  meterAdjustments: (tenantId: string, meterId: string) => `${t(tenantId)}METERADJ#${meterId}`,
  customerAdjustments: (tenantId: string, customerId: string) => `${t(tenantId)}CUSTADJ#${customerId}`,
  /** In the meter's partition, by the instant it was posted: the volume corrections billing adds to the meter's consumption. */
  volumeLedgerEntry: (tenantId: string, meterId: string, postedAt: string, entryId: string) => ({ pk: `${t(tenantId)}METER#${meterId}`, sk: `LEDGER#${postedAt}#${entryId}` }),
  volumeLedgerPrefix: () => 'LEDGER#',
  /** A read book (抄表册); the books of a region are gsi1 `regionReadBooks`. */
  readBook: (tenantId: string, bookId: string) => ({ pk: `${t(tenantId)}RBOOK#${bookId}`, sk: 'BOOK' }),
  regionReadBooks: (tenantId: string, regionId: string) => `${t(tenantId)}REGION#${regionId}#RBOOKS`,
  /** In the meter's partition: the one book the meter is in (conditional put). */
  meterReadBookGuard: (tenantId: string, meterId: string) => ({ pk: `${t(tenantId)}METER#${meterId}`, sk: 'RBOOK' }),
  /** GSI `booksByCadence` (gsi2): the read books of a cadence, the read-cycles job's list when a window opens. */
  cadenceReadBooks: (tenantId: string, cadence: string) => `${t(tenantId)}RBOOKS#${cadence}`,
  /** A read cycle lives in its book's partition (the book's cycles are one Query); its id is `<bookId>-<period>`. */
  readCycle: (tenantId: string, bookId: string, period: string) => ({ pk: `${t(tenantId)}RBOOK#${bookId}`, sk: `CYCLE#${period}` }),
  readCyclePrefix: () => 'CYCLE#',
  /** GSI `regionReadCycles` (gsi1): a region's cycles, newest period first (sort `<period>#<bookId>`). */
  regionReadCycles: (tenantId: string, regionId: string) => `${t(tenantId)}REGION#${regionId}#RCYCLES`,
  regionReadCycleSort: (period: string, bookId: string) => `${periodSort(period)}#${bookId}`,
  /** The sort-key prefix of a period's cycles (or figures). */
  periodPrefix: (period: string) => `${periodSort(period)}#`,
  /** GSI `openReadCycles` (gsi2, sparse: only while open): open cycles by the instant they close, per shard. */
  openReadCycles: (tenantId: string, shard: number) => `${t(tenantId)}RCYCLEOPEN#${shard}`,
  openReadCycleSort: (closesAt: string, cycleId: string) => `${closesAt}#${cycleId}`,
  /** The last sort key of the open cycles closing by an instant (ISO-8601 UTC). */
  openReadCyclesClosingBy: (at: string) => `${at}#~`,
  /** A meter not read in a cycle: a follow-up task in the book's partition; GSI `readerFollowUps` (gsi1) by reader. */
  readFollowUp: (tenantId: string, bookId: string, period: string, meterId: string) => ({ pk: `${t(tenantId)}RBOOK#${bookId}`, sk: `FOLLOWUP#${period}#${meterId}` }),
  readFollowUpPrefix: (period: string) => `FOLLOWUP#${period}#`,
  readerFollowUps: (tenantId: string, reader: string) => `${t(tenantId)}READER#${reader}#FOLLOWUPS`,
  /**
   * The figures of a region (a reader) per period and cadence, kept with every cycle's change in
   * the same transaction: a region's periods are one Query, newest first (sort `periodSort(period)#<cadence>`).
   */
  regionReadStats: (tenantId: string, regionId: string, period: string, cadence: string) => ({ pk: `${t(tenantId)}RSTATS#REGION#${regionId}`, sk: `${periodSort(period)}#${cadence}` }),
  regionReadStatsPartition: (tenantId: string, regionId: string) => `${t(tenantId)}RSTATS#REGION#${regionId}`,
  readerReadStatsPartition: (tenantId: string, reader: string) => `${t(tenantId)}RSTATS#READER#${reader}`,
  /** A reader's figures per period, cadence and region (a reader may walk books of two regions). */
  readerReadStats: (tenantId: string, reader: string, period: string, cadence: string, regionId: string) => ({ pk: `${t(tenantId)}RSTATS#READER#${reader}`, sk: `${periodSort(period)}#${cadence}#${regionId}` }),

  // ── Users, sessions, sign-in (kept as one block at the end) ─────────────────────────────────
  /** GSI `tenantUsers` (gsi1): every user of a tenant, by username (the admin's list). */
  tenantUsers: (tenantId: string) => `${t(tenantId)}USERS`,
  tenantUserSort: (username: string) => `U#${username}`,
  /** Failed sign-ins of one user from one source address (atomic counter, `ttl`). */
  loginFailures: (tenantId: string, username: string, source: string) => ({ pk: `${t(tenantId)}USER#${username}`, sk: `LOGIN_FAIL#${source}` }),
  /** Sign-in attempts from one source address within one window, any user (`ttl`). */
  loginSource: (tenantId: string, source: string, window: number) => ({ pk: `${t(tenantId)}LOGINSRC#${source}`, sk: `W#${window}` }),
  /** A one-time password-reset (or setup) link, by the SHA-256 of its token (`ttl`). */
  passwordReset: (tenantId: string, tokenHash: string) => ({ pk: `${t(tenantId)}PWRESET#${tokenHash}`, sk: 'RESET' }),
  /*
   * Service tickets (shared/entities/ticket.ts; docs/data-model.md "Service tickets"). Lists sort by
   * status, then by the instant received, then id. The due index buckets the next deadline by the
   * UTC hour (one partition per hour), sorted by the instant: the sweep reads only the hours due.
   */
  ticket: (tenantId: string, id: string) => ({ pk: `${t(tenantId)}TICKET#${id}`, sk: 'TICKET' }),
  ticketsOfRegion: (tenantId: string, regionId: string) => `${t(tenantId)}TICKETS#REGION#${regionId}`,
  ticketsOfRegionKind: (tenantId: string, regionId: string, kind: string) => `${t(tenantId)}TICKETS#REGION#${regionId}#KIND#${kind}`,
  ticketsOfKind: (tenantId: string, kind: string) => `${t(tenantId)}TICKETS#KIND#${kind}`,
  ticketsOfStatus: (tenantId: string, status: string) => `${t(tenantId)}TICKETS#STATUS#${status}`,
  ticketsAll: (tenantId: string) => `${t(tenantId)}TICKETS#ALL`,
  ticketStatusSort: (status: string, receivedAt: string, id: string) => `${status}#${receivedAt}#${id}`,
  ticketStatusPrefix: (status: string) => `${status}#`,
  ticketReceivedSort: (receivedAt: string, id: string) => `${receivedAt}#${id}`,
  /** The hour bucket of the sweep's next work on a ticket (an ISO UTC instant, or the hour itself: `YYYY-MM-DDTHH`). */
  ticketsDue: (tenantId: string, dueAt: string) => `${t(tenantId)}TICKETDUE#${dueAt.slice(0, 13)}`,
  ticketDueSort: (dueAt: string, id: string) => `${dueAt}#${id}`,
  /** Every sort key of a bucket due by an instant. */
  ticketsDueBy: (at: string) => `${at}#~`,
  /**
   * The open-ticket queues (docs/data-model.md "Service tickets"): a second item of the ticket's
   * partition, present while the ticket is not closed, written in each of the ticket's
   * transactions. Its gsi1 is the region's queue, gsi2 the tenant's, gsi3 the assignee's within a
   * region, gsi4 the assignee's; all sorted by `ticketQueueSort`.
   */
  ticketQueueEntry: (tenantId: string, id: string) => ({ pk: `${t(tenantId)}TICKET#${id}`, sk: 'QUEUE' }),
  ticketQueueOfRegion: (tenantId: string, regionId: string) => `${t(tenantId)}TICKETQ#REGION#${regionId}`,
  ticketQueueAll: (tenantId: string) => `${t(tenantId)}TICKETQ#ALL`,
  ticketQueueOfRegionAssignee: (tenantId: string, regionId: string, assignee: string) => `${t(tenantId)}TICKETQ#REGION#${regionId}#ASSIGNEE#${assignee}`,
  ticketQueueOfAssignee: (tenantId: string, assignee: string) => `${t(tenantId)}TICKETQ#ASSIGNEE#${assignee}`,
  /**
   * `<group>#<rank>#<instant>#<id>`: group 1 worked with a deadline ahead or passed (instant: the
   * earliest unmet deadline), 2 paused (since when), 3 nothing left due (received); rank 0 for a
   * special-care household or an urgent ticket, 1 otherwise.
   */
  ticketQueueSort: (group: 1 | 2 | 3, rank: 0 | 1, instant: string, id: string) => `${group}#${rank}#${instant}#${id}`,
  /** The sort keys of a group and rank (`~` sorts after every instant). */
  ticketQueueGroup: (group: 1 | 2 | 3, rank?: 0 | 1) => (rank === undefined ? `${group}#` : `${group}#${rank}#`),
  ticketQueueUpTo: (group: 1 | 2 | 3, rank: 0 | 1, instant: string) => `${group}#${rank}#${instant}#~`,
  /**
   * The tickets' pre-aggregated figures of a region (the dashboard's cards), kept in step by every
   * ticket write (ADD of the difference): open tickets by SLA risk in `TICKET_TALLY_SHARDS`
   * items (concurrent transactions of one region rarely touch the same one), and each local
   * day's emergencies.
   */
  ticketTallies: (tenantId: string, regionId: string) => `${t(tenantId)}TICKETSTATS#REGION#${regionId}`,
  ticketRiskTallySort: (shard: number) => `RISK#${shard}`,
  ticketRiskTallyPrefix: 'RISK#',
  ticketEmergencyTallySort: (day: string) => `EMERGENCY#${day}`,
  /**
   * KPI facts (shared/entities/kpi-facts.ts): the counters the assessments read, per tenant-local
   * month and shard, one item per unit (`region:<r>`, `staff:<r>:<username>`), kept by ADD of the
   * difference with each write of the fact; and the drill-down's items (a ticket that missed a
   * deadline…) per month, KPI and unit, by instant.
   */
  kpiFacts: (tenantId: string, month: string, shard: number) => `${t(tenantId)}KPI#${month}#${shard}`,
  kpiItems: (tenantId: string, month: string, kpi: string, unitId: string) => `${t(tenantId)}KPIITEM#${month}#${kpi}#${unitId}`,
  kpiItemSort: (at: string, subjectId: string) => `${at}#${subjectId}`,
  /**
   * Assessment snapshots: the list (`…ASSESSMENTS`, sort `<period>#<id>`: a period's versions
   * oldest first) and each snapshot's partition (its header and one item per unit, by level and rank).
   */
  assessments: (tenantId: string) => `${t(tenantId)}ASSESSMENTS`,
  assessmentListSort: (period: string, id: string) => `${period}#${id}`,
  assessment: (tenantId: string, id: string) => `${t(tenantId)}ASSESS#${id}`,
  assessmentHeader: (tenantId: string, id: string) => ({ pk: `${t(tenantId)}ASSESS#${id}`, sk: 'HEADER' }),
  /** A period's version number, taken by the first snapshot written with it. */
  assessmentVersion: (tenantId: string, period: string, version: number) => ({ pk: `${t(tenantId)}ASSESSVERSION#${period}`, sk: `V#${version}` }),
  assessmentUnitSort: (levelOrder: number, rank: number | null, unitId: string) => `UNIT#${levelOrder}#${String(rank ?? 999_999).padStart(6, '0')}#${unitId}`,
  assessmentUnitLevel: (levelOrder: number) => `UNIT#${levelOrder}#`,
  /** The `sla-sweep`'s state: the instant up to which it has swept (`through`). */
  slaSweepState: (tenantId: string) => ({ pk: `${t(tenantId)}SLASWEEP`, sk: 'STATE' }),
  /*
   * Satisfaction surveys (shared/entities/survey.ts; docs/data-model.md "Surveys").
   */
  surveyCampaign: (tenantId: string, id: string) => ({ pk: `${t(tenantId)}SURVEY#${id}`, sk: 'CAMPAIGN' }),
  /** gsi1: every campaign, newest first. */
  surveyCampaigns: (tenantId: string) => `${t(tenantId)}SURVEYS`,
  /** gsi2 (sparse, while running): the running campaigns of a kind (`periodic`) or of a trigger. */
  runningSurveys: (tenantId: string, kindOrTrigger: string) => `${t(tenantId)}SURVEYRUN#${kindOrTrigger}`,
  /** A campaign's invitation of a customer in a period (or after one triggering event): its guard, so no rerun invites twice. */
  surveyGuard: (tenantId: string, campaignId: string, period: string, subject: string) => ({ pk: `${t(tenantId)}SURVEY#${campaignId}`, sk: `GUARD#${period}#${subject}` }),
  /** Events waiting for an event campaign's next run (written by the trigger consumer), per shard, by instant. */
  surveyCandidates: (tenantId: string, campaignId: string, shard: number) => `${t(tenantId)}SURVEY#${campaignId}#DUE#${shard}`,
  surveyCandidateSort: (at: string, eventId: string) => `${at}#${eventId}`,
  /** The campaign's figures, per shard: sort `<period>#<region>#<class>#<staff>`. */
  surveyCampaignStats: (tenantId: string, campaignId: string, shard: number) => `${t(tenantId)}SURVEY#${campaignId}#STATS#${shard}`,
  /** Every campaign's figures and the tickets' return visits, by tenant-local month, per shard. */
  surveyTenantStats: (tenantId: string, shard: number) => `${t(tenantId)}SURVEYSTATS#${shard}`,
  surveyStatsSort: (period: string, regionId: string, customerClass: string, staff: string) => `${period}#${regionId}#${customerClass}#${staff}`,
  surveyInvitation: (tenantId: string, id: string) => ({ pk: `${t(tenantId)}SURVEYINV#${id}`, sk: 'INVITATION' }),
  /** gsi1: a campaign's invitations, per shard, newest first; gsi2 the same of one status. */
  campaignInvitations: (tenantId: string, campaignId: string, shard: number) => `${t(tenantId)}SURVEY#${campaignId}#INV#${shard}`,
  campaignInvitationsOfStatus: (tenantId: string, campaignId: string, status: string, shard: number) => `${t(tenantId)}SURVEY#${campaignId}#INV#${status}#${shard}`,
  /** gsi3 (sparse: answered with a comment): a campaign's comments; gsi4 the tenant's of a month. Sorted by `<answeredAt>#<id>`. */
  campaignComments: (tenantId: string, campaignId: string) => `${t(tenantId)}SURVEY#${campaignId}#COMMENTS`,
  surveyComments: (tenantId: string, month: string) => `${t(tenantId)}SURVEYCOMMENTS#${month}`,
  /** gsi5 (sparse, while sent): invitations by the UTC month they expire (`YYYY-MM`), per shard, sorted by the instant. */
  surveyExpiries: (tenantId: string, month: string, shard: number) => `${t(tenantId)}SURVEYEXPIRY#${month}#${shard}`,
  /** When a customer was last invited to a survey (the skip window). */
  customerSurveyed: (tenantId: string, customerId: string) => ({ pk: `${t(tenantId)}SURVEYED#${customerId}`, sk: 'LAST' }),
  /** The sampling frame: a supplied customer of a region and class, per shard, sorted by its bucket. */
  samplingFrame: (tenantId: string, regionId: string, customerClass: string, shard: number) => `${t(tenantId)}SFRAME#${regionId}#${customerClass}#${shard}`,
  samplingFrameSort: (bucket: number, customerId: string) => `${String(bucket).padStart(4, '0')}#${customerId}`,
  /** The survey-campaigns job's state: the instant up to which invitations were expired. */
  surveyJobState: (tenantId: string) => ({ pk: `${t(tenantId)}SURVEYJOB`, sk: 'STATE' }),
  /** Public survey requests of one source address within one window (`ttl`). */
  publicSurveySource: (tenantId: string, source: string, window: number) => ({ pk: `${t(tenantId)}SURVEYSRC#${source}`, sk: `W#${window}` }),
} as const;
