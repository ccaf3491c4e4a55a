import { ulid } from 'ulid';
import type { TenantStore } from '../../shared/db/tenant-store.ts';
import type { CustomerClass, Lifecycle, LifecycleState, SpecialCare, SuspensionReason } from '../../shared/entities/customer.ts';
import type { MeterType } from '../../shared/entities/meter.ts';
import { localDay } from '../../shared/local-time.ts';
import { idNumberCheckChar } from '../../shared/privacy.ts';
import { loadMasterSecret } from '../../shared/secrets.ts';
import type { CustomerInput, MeterInput } from '../../functions/customers/customer-inputs.ts';
import { planNewCustomer } from '../../functions/customers/customer-plans.ts';

/**
 * Demo customers: realistic Chinese households and businesses with meters, spread over the given
 * regions. Each customer is written by the archive's own plan (planNewCustomer: customer item with
 * every index attribute, account and serial guards, region check, meters, audit records) in one
 * transaction per customer, many in flight at once — so the seed writes exactly what the API
 * writes (less the outbox events: a seed is not news). DynamoDB Local maintains the six GSIs per
 * item either way; measured, BatchWriteItem was no faster than these transactions (~1,000 items/s
 * in memory, ~120 customers/s).
 */
export interface SeedCustomersOptions {
  regions: string[];
  count: number;
  /** A seeded generator makes the demo repeatable. */
  random: () => number;
  /** Transactions in flight (default 24). */
  concurrency?: number;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬斌宇浩凯鹏辉建国建华志强海燕春梅丹晨阳佳怡子涵雨萱浩然欣怡梓轩思远文博'.split('');
const GIVEN_PAIRS = ['建国', '建华', '志强', '海燕', '春梅', '子涵', '雨萱', '浩然', '欣怡', '梓轩', '思远', '文博', '秀英', '桂英', '玉兰', '国强', '丽华', '晓明', '晓燕', '俊杰'];

/** District and roads of each region (by region id hint, else by position). */
const DISTRICTS: { hint: string; district: string; roads: string[] }[] = [
  { hint: 'east', district: '东城区', roads: ['幸福路', '朝阳大街', '东风路', '解放东路', '和平里街', '建设路', '光明巷', '迎春路'] },
  { hint: 'west', district: '西城区', roads: ['长安西路', '西关大街', '文化路', '人民西路', '桂花巷', '青年路', '西湖路', '民主街'] },
  { hint: 'south', district: '南城区', roads: ['南湖路', '滨江大道', '南门街', '育才路', '振兴路', '柳荫街', '金桥路', '新华南路'] },
  { hint: 'north', district: '北城区', roads: ['北环路', '胜利街', '北苑路', '红旗路', '工业北路', '安居路', '松花江街', '团结路'] },
  { hint: '', district: '河北区', roads: ['中山路', '黄河道', '狮子林大街', '建国道', '五马路', '金钟河大街', '进步道', '胜利路'] },
  { hint: '', district: '河西区', roads: ['友谊路', '解放南路', '围堤道', '卫津南路', '大沽南路', '平山道', '紫金山路', '珠江道'] },
  { hint: '', district: '高新区', roads: ['科技大道', '创业路', '软件园路', '信息路', '天府大道', '智慧街', '星光路', '云谷路'] },
];

const AREA_CODES = ['110101', '110105', '120103', '130102', '310104', '320102', '330106', '370102', '410105', '420106', '440104', '510107'];

const COMMERCIAL = ['餐饮店', '面馆', '火锅店', '快餐店', '烧烤店', '酒店', '茶餐厅', '包子铺', '大排档', '烘焙坊'];
const PUBLIC_WELFARE = ['第一中学食堂', '实验小学食堂', '社区养老服务中心', '街道卫生服务中心', '人民医院后勤部', '福利院', '社区幼儿园'];
const INDUSTRIAL = ['精密机械厂', '食品加工厂', '陶瓷有限公司', '纺织印染厂', '铸造有限公司', '玻璃制品厂'];
const BRANDS = ['华兴', '鑫源', '恒达', '福满楼', '老街坊', '金盛', '宏发', '嘉禾', '顺德', '永丰', '瑞祥', '东来顺'];

export async function seedCustomers(store: TenantStore, opts: SeedCustomersOptions): Promise<number> {
  if (!opts.regions.length || opts.count <= 0) return 0;
  await loadMasterSecret();
  const r = opts.random;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const weighted = <T extends string>(table: [T, number][]): T => {
    let x = r() * table.reduce((s, [, w]) => s + w, 0);
    for (const [value, w] of table) if ((x -= w) < 0) return value;
    return table[0]![0];
  };
  const districts = opts.regions.map((regionId, i) => DISTRICTS.find((d) => d.hint && regionId.includes(d.hint)) ?? DISTRICTS[4 + (i % 3)]!);

  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  const daysAgo = (lo: number, hi: number) => now - between(lo, hi) * 86_400_000 - between(0, 86_399) * 1000;
  const today = localDay(new Date(now));

  const phone = () => `1${pick(['3', '5', '8'])}${between(0, 9)}${String(between(0, 99_999_999)).padStart(8, '0')}`;
  const idNumber = (elderly: boolean) => {
    const year = elderly ? between(1935, 1958) : between(1960, 2003);
    const first17 = `${pick(AREA_CODES)}${year}${String(between(1, 12)).padStart(2, '0')}${String(between(1, 28)).padStart(2, '0')}${String(between(1, 999)).padStart(3, '0')}`;
    return first17 + idNumberCheckChar(first17);
  };
  const personName = () => `${pick(SURNAMES)}${r() < 0.6 ? pick(GIVEN_PAIRS) : pick(GIVEN)}`;

  const plans = Array.from({ length: opts.count }, (_, n) => {
    const regionIndex = n % opts.regions.length;
    const regionId = opts.regions[regionIndex]!;
    const { district, roads } = districts[regionIndex]!;
    const cls = weighted<CustomerClass>([['residential', 85], ['commercial', 9], ['public-welfare', 3], ['industrial', 3]]);
    const road = pick(roads);
    const residentialAddress = `${road}${between(1, 300)}号${between(1, 30)}栋${between(1, 6)}单元${between(1, 33)}0${between(1, 4)}室`;
    const name =
      cls === 'residential' ? personName()
      : cls === 'commercial' ? `${pick(BRANDS)}${pick(COMMERCIAL)}`
      : cls === 'public-welfare' ? `${district}${pick(PUBLIC_WELFARE)}`
      : `${pick(BRANDS)}${pick(INDUSTRIAL)}`;
    const address = cls === 'residential' ? residentialAddress : `${road}${between(1, 500)}号${cls === 'commercial' ? `${between(1, 3)}层` : ''}`;

    const care: SpecialCare = { elderly: false, disabled: false, livingAlone: false };
    if (cls === 'residential' && r() < 0.05) {
      const kind = weighted<'elderly' | 'disabled' | 'livingAlone'>([['elderly', 5], ['disabled', 2], ['livingAlone', 3]]);
      care[kind] = true;
      if (kind === 'livingAlone' && r() < 0.6) care.elderly = true;
    }

    const state = weighted<LifecycleState>([['gas-on', 80], ['suspended', 8], ['applied', 5], ['accepted', 3], ['closed', 4]]);
    const lifecycle = lifecycleFor(state, { daysAgo, iso, pick, r });

    const meterCount = state === 'applied' ? (r() < 0.5 ? 0 : 1) : r() < 0.8 ? 1 : 2;
    const meters: MeterInput[] = Array.from({ length: meterCount }, (_, k) => {
      const type = weighted<MeterType>([['diaphragm', 60], ['ic-card', 25], ['remote', 15]]);
      const installed = state === 'applied' ? now : daysAgo(30, 365 * 20);
      return {
        serial: `${{ diaphragm: 'JM', 'ic-card': 'IC', remote: 'WL' }[type]}${String(regionIndex + 1).padStart(2, '0')}${String(n).padStart(7, '0')}${k}`,
        type,
        digits: cls === 'residential' ? 5 : 6,
        installedAt: localDay(new Date(installed)),
        inlet: r() < 0.5 ? 'left' : 'right',
        startRead: between(0, 20),
        ...(state === 'closed' ? { removed: { finalRead: between(500, 9000), removedAt: lifecycle.closure!.at } } : {}),
      };
    });

    const input: CustomerInput = {
      accountNumber: `${String(regionIndex + 1).padStart(2, '0')}${String(n + 1).padStart(8, '0')}`,
      name,
      class: cls,
      phone: phone(),
      address,
      regionId,
      contacts: cls === 'residential' && (care.elderly || r() < 0.1) ? [{ name: personName(), phone: phone(), relation: pick(['子女', '配偶', '亲属', '邻居']) }] : [],
      ...(cls === 'residential' ? { idNumber: idNumber(care.elderly) } : {}),
      specialCare: care,
      tags: [...(care.elderly || care.disabled || care.livingAlone ? ['重点关爱'] : []), ...(cls !== 'residential' && r() < 0.3 ? ['大户'] : [])],
      ...(r() < 0.05 ? { notes: pick(['周末不在家，请提前电话联系', '楼道较窄，入户请注意', '老人独居，上门请联系子女', '商铺营业时间 10:00–22:00']) } : {}),
      lifecycle,
    };
    const time = daysAgo(0, 0);
    return planNewCustomer(store.tenantId, input, { id: ulid(time), now: iso(now), today, meterIds: meters.map(() => ulid(time)) }, meters);
  });

  let next = 0;
  let written = 0;
  const worker = async () => {
    while (next < plans.length) {
      const plan = plans[next++]!;
      // The API's writes and audit records; no outbox events (a seed is not news to subscribers).
      await store.commit({ writes: plan.writes, audit: plan.audit });
      written += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 24, plans.length) }, worker));
  return written;
}

interface Helpers {
  daysAgo: (lo: number, hi: number) => number;
  iso: (ms: number) => string;
  pick: <T>(list: readonly T[]) => T;
  r: () => number;
}

/** A lifecycle consistent with its state: the facts each earlier transition needed. */
function lifecycleFor(state: LifecycleState, h: Helpers): Lifecycle {
  const applied = h.daysAgo(60, 365 * 20);
  const lifecycle: Lifecycle = { state, contracts: {} };
  if (state === 'applied') return lifecycle;
  const accepted = applied + 7 * 86_400_000;
  lifecycle.acceptance = { passedAt: h.iso(Math.min(accepted, Date.now() - 86_400_000)), inspector: h.pick(['安检员 陈刚', '安检员 赵磊', '安检员 孙丽', '安检员 周勇']) };
  const signed = h.iso(Math.min(accepted + 86_400_000, Date.now() - 3_600_000));
  lifecycle.contracts = { supply: { signedAt: signed }, 'safe-use': { signedAt: signed } };
  if (state === 'accepted') return lifecycle;
  lifecycle.gasOnAt = h.iso(Math.min(accepted + 2 * 86_400_000, Date.now() - 3_600_000));
  if (state === 'gas-on') {
    if (h.r() < 0.1) {
      const at = h.daysAgo(30, 400);
      lifecycle.suspension = { reason: 'arrears', at: h.iso(at) };
      lifecycle.restoration = { safetyCheckPassedAt: h.iso(at + 3 * 86_400_000), at: h.iso(at + 3 * 86_400_000 + 3_600_000) };
    }
    return lifecycle;
  }
  const reason = h.pick<SuspensionReason>(['arrears', 'arrears', 'arrears', 'hazard', 'customer-request', 'interruption']);
  lifecycle.suspension = { reason, at: h.iso(h.daysAgo(1, 200)) };
  if (state === 'suspended') return lifecycle;
  lifecycle.suspension = { reason: 'customer-request', at: h.iso(h.daysAgo(30, 400)) };
  lifecycle.closure = { reason: h.pick(['搬迁销户', '房屋拆迁', '用户申请销户']), at: h.iso(Date.parse(lifecycle.suspension.at) + 86_400_000) };
  return lifecycle;
}
