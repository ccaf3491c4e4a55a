/**
 * Every key format of the table, in one place: nothing else concatenates key strings.
 * Every partition key (of the table and of every GSI) starts with `T#<tenantId>#`, the prefix the
 * IAM `dynamodb:LeadingKeys` condition and the local store guard both enforce.
 */
export const PLATFORM_TENANT = '_platform';

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
  loginThrottle: (tenantId: string, username: string) => ({ pk: `${t(tenantId)}USER#${username}`, sk: 'LOGIN_THROTTLE' }),

  apiKeysPartition: (tenantId: string) => `${t(tenantId)}APIKEY`,
  apiKey: (tenantId: string, keyId: string) => ({ pk: `${t(tenantId)}APIKEY`, sk: `KEY#${keyId}` }),

  /** Audit records are partitioned by UTC day; subject history is the GSI `bySubjectHistory`. */
  audit: (tenantId: string, day: string, id: string) => ({ pk: `${t(tenantId)}AUDIT#${day}`, sk: id }),
  auditDayPartition: (tenantId: string, day: string) => `${t(tenantId)}AUDIT#${day}`,
  subjectHistory: (tenantId: string, subjectType: string, subjectId: string) =>
    `${t(tenantId)}HIST#${subjectType}#${subjectId}`,

  /** Outbox events, picked up from the table's stream by the publisher; expire by TTL. */
  outbox: (tenantId: string, day: string, id: string) => ({ pk: `${t(tenantId)}OUTBOX#${day}`, sk: id }),

  idempotency: (tenantId: string, principalId: string, key: string) => ({
    pk: `${t(tenantId)}IDEM#${principalId}#${key}`,
    sk: 'IDEM',
  }),

  /** Nightly archive statistics (job archive-stats): one item per region, read by the dashboard. */
  archiveStatsPartition: (tenantId: string) => `${t(tenantId)}STATS#ARCHIVE`,
  archiveStats: (tenantId: string, regionId: string) => ({ pk: `${t(tenantId)}STATS#ARCHIVE`, sk: `REGION#${regionId}` }),

  jobState: (tenantId: string, job: string) => ({ pk: `${t(tenantId)}JOB#${job}`, sk: 'STATE' }),
  jobRunsPartition: (tenantId: string, job: string) => `${t(tenantId)}JOB#${job}`,
  jobRun: (tenantId: string, job: string, runId: string) => ({ pk: `${t(tenantId)}JOB#${job}`, sk: `RUN#${runId}` }),
} as const;
