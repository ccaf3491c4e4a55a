import { hashPassword } from '../../shared/auth/passwords.ts';
import { forgetSession } from '../../shared/auth/sessions.ts';
import { TenantStore, type WriteOp } from '../../shared/db/tenant-store.ts';
import { regionItem, type Region } from '../../shared/entities/region.ts';
import { tenantDirectoryItem, tenantProfileItem, type TenantProfile } from '../../shared/entities/tenant.ts';
import { userItem, type User } from '../../shared/entities/user.ts';
import { executeRun } from '../../shared/jobs/runner.ts';
import { queueRun } from '../../shared/jobs/runs.ts';
import { keys, PLATFORM_TENANT } from '../../shared/keys.ts';
import { systemContext, type Role } from '../../shared/tenancy.ts';
import { loadJob } from '../../functions/job-workers.ts';
import { JOBS } from '../../functions/manifest.ts';
import { seedCustomers } from './customers.ts';
import { seedPolicies } from './policies.ts';
import { seedReadings } from './readings.ts';
import { seedSurveys } from './surveys.ts';
import { seedTickets } from './tickets.ts';
import { seedNotifications } from './notifications.ts';

/**
 * The demo of CONTRACT.md: tenants `demo` and `north`, each with regions and the users admin,
 * manager (one region), dispatcher, agent and field, all with one password.
 */
interface DemoTenant {
  profile: Omit<TenantProfile, 'version' | 'createdAt' | 'updatedAt'>;
  regions: Omit<Region, 'createdAt'>[];
  managerRegions: string[];
  customers: number;
  /** The (fictitious) service hotline printed in the demo's notices. */
  hotline: string;
}

export const DEMO_TENANTS: DemoTenant[] = [
  {
    profile: { tenantId: 'demo', name: '示范城市燃气有限公司', timeZone: 'Asia/Shanghai', locale: 'zh-CN', tier: 'standard' },
    regions: [
      { regionId: 'r-east', name: '东城片区', kind: 'region' },
      { regionId: 'r-west', name: '西城片区', kind: 'region' },
      { regionId: 'r-south', name: '南城营业厅', kind: 'business-hall' },
    ],
    managerRegions: ['r-east'],
    customers: 2400,
    hotline: '0000-96777',
  },
  {
    profile: { tenantId: 'north', name: '北方天然气股份有限公司', timeZone: 'Asia/Shanghai', locale: 'zh-CN', tier: 'premium' },
    regions: [
      { regionId: 'n-1', name: '河北片区', kind: 'region' },
      { regionId: 'n-2', name: '河西片区', kind: 'region' },
    ],
    managerRegions: ['n-1'],
    customers: 1200,
    hotline: '0000-96888',
  },
];

const DEMO_USERS: { username: string; name: string; roles: Role[]; scoped: boolean }[] = [
  { username: 'admin', name: '系统管理员', roles: ['admin'], scoped: false },
  { username: 'manager', name: '片区经理 王芳', roles: ['manager'], scoped: true },
  { username: 'dispatcher', name: '调度员 李强', roles: ['dispatcher'], scoped: false },
  { username: 'agent', name: '坐席 张敏', roles: ['agent'], scoped: false },
  { username: 'field', name: '抄表员 刘洋', roles: ['field'], scoped: true },
];

export async function isEmptyStore(): Promise<boolean> {
  const directory = new TenantStore(systemContext(PLATFORM_TENANT, 'seed', 'seed'));
  const { items } = await directory.query({ pk: keys.tenantDirectoryPartition(), limit: 1 });
  return items.length === 0;
}

export interface SeedOptions {
  password: string;
  /** Scale the customer counts (tests seed a few dozen; the demo a few thousand). */
  customerScale?: number;
  /**
   * Run every job of the schedule manifest once, as of now, after the data is in (default true):
   * the console shows the jobs' output (the dashboard's archive figures, the jobs page's last
   * runs), and a new user should see figures at once rather than after the first night.
   */
  jobs?: boolean;
  onProgress?: (message: string) => void;
}

export async function seedDemo(options: SeedOptions): Promise<void> {
  const now = new Date().toISOString();
  // The tenants side by side: each is its own partitions, and the seed waits on DynamoDB, not the CPU.
  await Promise.all(DEMO_TENANTS.map(async (tenant) => {
    const { tenantId } = tenant.profile;
    const store = new TenantStore(systemContext(tenantId, 'seed', 'seed'));
    const profile: TenantProfile = { ...tenant.profile, version: 1, createdAt: now, updatedAt: now };
    const writes: WriteOp[] = [
      { kind: 'put', item: tenantProfileItem(profile) },
      ...tenant.regions.map((r) => ({ kind: 'put' as const, item: regionItem(tenantId, { ...r, createdAt: now }) })),
      // Each user's hash has its own salt, even with one demo password.
      ...(await Promise.all(DEMO_USERS.map(async (u) => {
        const user: User = {
          username: u.username,
          name: u.name,
          roles: u.roles,
          regions: u.scoped ? tenant.managerRegions : undefined,
          passwordHash: await hashPassword(options.password),
          sessionVersion: 1,
          version: 1,
          createdAt: now,
          updatedAt: now,
        };
        return { kind: 'put' as const, item: userItem(tenantId, user) };
      }))),
    ];
    await store.commit({ writes, audit: { action: 'tenant.seeded', subject: { type: 'tenant', id: tenantId }, summary: 'demo data' } });
    options.onProgress?.(`${tenantId}: tenant, ${tenant.regions.length} regions, ${DEMO_USERS.length} users`);
    options.onProgress?.(`${tenantId}: policies: ${await seedPolicies(store, profile.timeZone)}`);
    const count = Math.round(tenant.customers * (options.customerScale ?? 1));
    const started = Date.now();
    const written = await seedCustomers(store, { regions: tenant.regions.map((r) => r.regionId), count, random: seededRandom(tenantId) });
    if (written) options.onProgress?.(`${tenantId}: ${written} customers with meters in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // A year of readings; a quarter at the few dozen customers tests seed (each test app seeds its own).
    const reading = await seedReadings(store, { regions: tenant.managerRegions, reader: 'field', random: seededRandom(`${tenantId}-readings`), months: (options.customerScale ?? 1) >= 0.1 ? 12 : 3 });
    if (reading.books) options.onProgress?.(`${tenantId}: ${reading.books} read books, ${reading.readings} readings over a year, ${reading.cycles} read cycles`);
    const ticketsStarted = Date.now();
    const tickets = await seedTickets(store, { regions: tenant.regions.map((r) => r.regionId), fieldRegions: tenant.managerRegions, random: seededRandom(`${tenantId}-tickets`), every: tenant.customers >= 2000 ? 1 : 2 });
    if (tickets.tickets) options.onProgress?.(`${tenantId}: ${tickets.tickets} tickets with ${tickets.actions} actions in ${((Date.now() - ticketsStarted) / 1000).toFixed(1)} s`);
    if (written) {
      const surveys = await seedSurveys(store, { regions: tenant.regions.map((r) => r.regionId), random: seededRandom(`${tenantId}-surveys`) });
      options.onProgress?.(`${tenantId}: ${surveys.campaigns} survey campaigns, ${surveys.invitations} invitations, ${surveys.answers} answers`);
    }
    if (options.jobs ?? true) await runJobsNow(tenantId, options.onProgress);
    // After the jobs: the survey SMS held last night waits for the next release run.
    const notices = await seedNotifications(store, tenant.hotline);
    options.onProgress?.(`${tenantId}: ${notices} notifications`);
    // Listed in the directory last: a half-seeded tenant is not "seeded" and is seeded again.
    await new TenantStore(systemContext(PLATFORM_TENANT, 'seed', 'seed')).write({ kind: 'put', item: tenantDirectoryItem(profile) });
  }));
}

/**
 * Each job once, as of now, through the same run records and runner as a run an admin starts:
 * queued (the seed is its requester), then executed here and awaited, so the seed ends with the
 * figures written. The stream later delivers the queued insert too; the runner sees the run
 * finished and leaves it.
 */
async function runJobsNow(tenantId: string, onProgress?: (message: string) => void): Promise<void> {
  const ctx = systemContext(tenantId, 'seed', 'seed');
  for (const { name } of JOBS) {
    const impl = await loadJob(name);
    if (!impl) continue;
    const started = Date.now();
    const queued = await queueRun(ctx, name, new Date(), 'manual');
    const run = await executeRun(tenantId, impl, queued.runId);
    onProgress?.(`${tenantId}: job ${name} ${run?.state ?? 'not run'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

/** mulberry32, seeded by the tenant id: the same demo every time. */
function seededRandom(seed: string): () => number {
  let a = [...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 2654435761), 1) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `npm run demo -- reset-password`: a new password for every demo user of every demo tenant (each
 * hash with its own salt). Their sessions end and any pending reset link is void. Stores seeded
 * before the users list existed get its index keys too. `mustChange`: each user's next sign-in
 * leads to the change screen (the password was handed over by someone else).
 */
export async function resetDemoPasswords(password: string, options: { mustChange?: boolean } = {}): Promise<number> {
  let count = 0;
  for (const tenant of DEMO_TENANTS) {
    const { tenantId } = tenant.profile;
    const store = new TenantStore(systemContext(tenantId, 'demo-cli', 'demo-cli'));
    for (const u of DEMO_USERS) {
      const key = keys.user(tenantId, u.username);
      const user = await store.get<User>(key, true);
      if (!user) continue;
      await store.commit({
        writes: [
          {
            kind: 'update',
            key,
            set: {
              passwordHash: await hashPassword(password),
              sessionVersion: (user.sessionVersion ?? 1) + 1,
              passwordChangedAt: new Date().toISOString(),
              gsi1pk: keys.tenantUsers(tenantId),
              gsi1sk: keys.tenantUserSort(u.username),
              ...(options.mustChange ? { mustChangePassword: true } : {}),
            },
            remove: ['pendingReset', ...(options.mustChange ? [] : ['mustChangePassword'])],
          },
        ],
        audit: { action: 'user.password-set', subject: { type: 'user', id: u.username }, summary: 'demo password reset on the command line' },
      });
      forgetSession(tenantId, u.username);
      count++;
    }
  }
  return count;
}
