import { TicketService } from '../../functions/tickets/ticket-service.ts';
import type { TicketActionRequest, TicketChannel, TicketIntake, TicketKind } from '../../shared/contract/tickets.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { customerFromItem, isSpecialCare, type Customer } from '../../shared/entities/customer.ts';
import { keys } from '../../shared/keys.ts';
import { Index } from '../../shared/table.ts';

/**
 * The demo's service tickets, through the TicketService the API uses, each step at the time it
 * would have happened (the store's clock is set to it, so deadlines, met instants, history and
 * the figures are those of real work): three months of closed inquiries, repairs, complaints and
 * emergencies, most with a return visit (one unhappy customer, one repair reopened), and today's
 * open work — a gas-leak emergency on site, another just called in, repairs and a complaint past
 * their deadlines, a special-care household's repair about to be due, a paused repair, fresh
 * inquiries. Repairs and emergencies are worked in the field user's regions (dispatch needs a
 * field user of the region). The seed's sla-sweep run (as of now) then warns, breaches and
 * escalates what is due, as it would have.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const CONCURRENCY = 4;

type Step = { after: number; action: TicketActionRequest };

const DESCRIPTIONS: Record<TicketKind, string[]> = {
  inquiry: ['如何办理燃气过户手续', '阶梯气价怎么计算', 'IC卡表充值后没有到账', '申请安装燃气需要哪些材料'],
  repair: ['灶具打不着火', '燃气表不走字', '热水器点火后熄火', '表前阀门关不严', '软管老化需要更换'],
  emergency: ['厨房有燃气味，已开窗通风', '楼道内闻到燃气味'],
  complaint: ['燃气费计算有误', '维修人员未按约定时间上门', '抄表员态度差'],
};

const worked = (resolution: string): Step[] => [
  { after: 20 * MINUTE, action: { action: 'acknowledge' } },
  { after: 40 * MINUTE, action: { action: 'dispatch', assignee: 'field' } },
  { after: 2 * HOUR, action: { action: 'arrive' } },
  { after: 4 * HOUR, action: { action: 'resolve', resolution } },
];
const closed = (steps: Step[], satisfied = true, score = 5): Step[] => [
  ...steps,
  { after: (steps.at(-1)?.after ?? 0) + 2 * HOUR, action: { action: 'close' } },
  { after: (steps.at(-1)?.after ?? 0) + DAY, action: { action: 'return-visit', satisfied, score, ...(satisfied ? {} : { note: '上门晚了两个小时' }) } },
];
const complaintWorked: Step[] = [
  { after: 30 * MINUTE, action: { action: 'acknowledge' } },
  { after: 20 * HOUR, action: { action: 'reply', message: '已核实，向您致歉，将于一周内处理完毕' } },
  { after: 3 * DAY, action: { action: 'resolve', resolution: '已重新核算并退还多收气费' } },
];
const emergencyWorked: Step[] = [
  { after: 2 * MINUTE, action: { action: 'dispatch', assignee: 'field' } },
  { after: 24 * MINUTE, action: { action: 'arrive' } },
  { after: 70 * MINUTE, action: { action: 'resolve', resolution: '关闭表前阀，更换老化软管，检漏合格' } },
];
const answered: Step[] = [{ after: 10 * MINUTE, action: { action: 'reply', message: '已电话答复客户' } }];

interface Plan {
  kind: TicketKind;
  /** Received this long before now. */
  ago: number;
  /** `field`: a region of the field user (dispatched work); `any`: any region. */
  where: 'field' | 'any';
  channel?: TicketChannel;
  specialCare?: boolean;
  steps: Step[];
}

const PLANS: Plan[] = [
  // Closed over the last three months.
  { kind: 'repair', ago: 85 * DAY, where: 'field', steps: closed(worked('更换点火针')) },
  { kind: 'repair', ago: 62 * DAY, where: 'field', channel: 'app', steps: closed(worked('更换燃气表'), false, 2) },
  { kind: 'repair', ago: 40 * DAY, where: 'field', specialCare: true, steps: closed(worked('上门检修热水器')) },
  { kind: 'repair', ago: 21 * DAY, where: 'field', steps: [...closed(worked('更换阀门')), { after: 3 * DAY, action: { action: 'reopen', reason: '阀门仍然漏气' } }, { after: 3 * DAY + HOUR, action: { action: 'acknowledge' } }, { after: 3 * DAY + 2 * HOUR, action: { action: 'dispatch', assignee: 'field' } }, { after: 3 * DAY + 4 * HOUR, action: { action: 'arrive' } }, { after: 3 * DAY + 5 * HOUR, action: { action: 'resolve', resolution: '更换整套表前阀' } }, { after: 3 * DAY + 6 * HOUR, action: { action: 'close' } }] },
  { kind: 'emergency', ago: 70 * DAY, where: 'field', steps: closed(emergencyWorked) },
  { kind: 'emergency', ago: 12 * DAY, where: 'field', steps: closed(emergencyWorked) },
  { kind: 'complaint', ago: 55 * DAY, where: 'any', channel: 'web', steps: closed(complaintWorked, true, 4) },
  { kind: 'complaint', ago: 30 * DAY, where: 'any', steps: closed(complaintWorked) },
  { kind: 'inquiry', ago: 80 * DAY, where: 'any', channel: 'counter', steps: [...answered, { after: 20 * MINUTE, action: { action: 'close' } }] },
  { kind: 'inquiry', ago: 45 * DAY, where: 'any', steps: [...answered, { after: 20 * MINUTE, action: { action: 'close' } }] },
  { kind: 'inquiry', ago: 9 * DAY, where: 'any', channel: 'app', steps: [...answered, { after: 20 * MINUTE, action: { action: 'close' } }] },
  { kind: 'repair', ago: 5 * DAY, where: 'field', steps: worked('更换软管') }, // resolved, to be closed
  // Today's open work.
  { kind: 'emergency', ago: 40 * MINUTE, where: 'field', steps: emergencyWorked.slice(0, 2) }, // on site
  { kind: 'emergency', ago: 8 * MINUTE, where: 'any', steps: [] },
  { kind: 'repair', ago: 2 * DAY, where: 'field', steps: worked('').slice(0, 2) }, // dispatched, never arrived: breached
  { kind: 'repair', ago: 30 * HOUR, where: 'any', steps: worked('').slice(0, 1) }, // acknowledged only: breached
  { kind: 'repair', ago: 100 * MINUTE, where: 'field', specialCare: true, steps: [] }, // acknowledgement due soon
  { kind: 'repair', ago: 3 * HOUR, where: 'field', steps: [...worked('').slice(0, 1), { after: 30 * MINUTE, action: { action: 'pause', reason: 'waiting-for-customer', note: '客户出差，约定后天上门' } }] },
  { kind: 'complaint', ago: 4 * DAY, where: 'any', steps: complaintWorked.slice(0, 1) }, // no reply yet: breached
  { kind: 'complaint', ago: 5 * HOUR, where: 'any', channel: 'web', steps: complaintWorked.slice(0, 1) },
  { kind: 'inquiry', ago: 25 * MINUTE, where: 'any', steps: [] },
  { kind: 'inquiry', ago: 12 * MINUTE, where: 'any', channel: 'app', steps: [] },
];

/** A few customers of each region (gas-on ones; special-care households apart). */
async function customersOf(store: TenantStore, regionId: string): Promise<Customer[]> {
  const { items } = await store.query({ index: Index.byRegionName, pk: keys.regionCustomers(store.tenantId, regionId), limit: 60 });
  return items.map(customerFromItem);
}

/** `every`: seed every n-th plan (a smaller company: 2). */
export async function seedTickets(store: TenantStore, options: { regions: string[]; fieldRegions: string[]; random: () => number; now?: Date; every?: number }): Promise<{ tickets: number; actions: number }> {
  const now = (options.now ?? new Date()).getTime();
  const r = options.random;
  const byRegion = new Map(await Promise.all(options.regions.map(async (id) => [id, await customersOf(store, id)] as const)));
  const pick = (plan: Plan): Customer | undefined => {
    const regions = plan.where === 'field' ? options.fieldRegions : options.regions;
    const pool = regions.flatMap((id) => byRegion.get(id) ?? []).filter((c) => isSpecialCare(c) === (plan.specialCare ?? false));
    const any = pool.length ? pool : regions.flatMap((id) => byRegion.get(id) ?? []);
    return any[Math.floor(r() * any.length)];
  };
  // Customers picked in plan order (the same demo every time), then four plans at a time, each on
  // a store of its own (its own clock).
  const work = PLANS.filter((_, i) => i % (options.every ?? 1) === 0).flatMap((plan) => {
    const customer = pick(plan);
    const descriptions = DESCRIPTIONS[plan.kind];
    return customer ? [{ plan, customer, description: descriptions[Math.floor(r() * descriptions.length)]! }] : [];
  });
  let tickets = 0;
  let actions = 0;
  const runPlan = async ({ plan, customer, description }: (typeof work)[number]) => {
    const own = new TenantStore(store.ctx);
    const service = new TicketService(own);
    const receivedAt = now - plan.ago;
    const intake: TicketIntake = { kind: plan.kind, customerId: customer.id, description, channel: plan.channel ?? 'phone', receivedAt: new Date(receivedAt).toISOString() };
    // Recorded a minute after the call.
    own.clock = () => new Date(receivedAt + MINUTE);
    const ticket = await service.create(intake);
    tickets++;
    for (const step of plan.steps) {
      const at = receivedAt + step.after;
      if (at > now) break;
      own.clock = () => new Date(at);
      await service.act(ticket.id, step.action);
      actions++;
    }
  };
  for (let i = 0; i < work.length; i += CONCURRENCY) await Promise.all(work.slice(i, i + CONCURRENCY).map(runPlan));
  return { tickets, actions };
}
