import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { csvText } from '../../functions/customer-files/csv-cells.ts';
import { TEMPLATE_HEADERS } from '../../functions/customer-files/csv-columns.ts';
import { idNumberCheckChar } from '../../shared/privacy.ts';

/**
 * A customer CSV of any size in the import template's columns (UTF-8 with BOM), written as a
 * stream: the file for the import tests, the CLI test and the import benchmark. Deterministic: row
 * n always has the same account number (`<prefix><n>`), phone, meter serial and name.
 */
export interface CustomerCsvOptions {
  count: number;
  /** The first n (default 1): a file of rows from…from+count-1, to write one long file in parts. */
  from?: number;
  regions: string[];
  /** Account numbers are `<prefix><n, 8 digits>`; serials `JM<prefix><n>`. */
  prefix?: string;
  /** Phones are `<phonePrefix><n, 8 digits>` (3 digits; default 199, which the demo seed never uses). */
  phonePrefix?: string;
  /** Change some rows (e.g. a new phone): called with n and the row's cells by header. */
  edit?: (n: number, cells: Record<string, string>) => void;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const GIVEN = ['建国', '建华', '志强', '海燕', '春梅', '子涵', '雨萱', '浩然', '欣怡', '梓轩', '思远', '文博', '秀英', '桂英', '玉兰', '国强', '丽华', '晓明', '晓燕', '俊杰', '伟', '芳', '娜', '敏', '静', '磊', '军', '洋', '勇', '艳'];
const ROADS = ['幸福路', '朝阳大街', '东风路', '解放东路', '和平里街', '建设路', '长安西路', '文化路', '人民西路', '南湖路', '滨江大道', '育才路'];
const AREA_CODES = ['110101', '110105', '120103', '310104', '320102', '330106', '440104', '510107'];

/** Row n of the file, by header. */
export function customerCsvRow(n: number, options: Pick<CustomerCsvOptions, 'regions' | 'prefix' | 'phonePrefix'>): Record<string, string> {
  const prefix = options.prefix ?? 'IMP';
  const h = (k: number) => Math.imul(n + 1, 2654435761 + k * 40503) >>> 0; // a cheap, stable spread
  const cls = n % 20 === 0 ? '商业' : n % 50 === 1 ? '公福' : n % 97 === 2 ? '工业' : '居民';
  const residential = cls === '居民';
  const elderly = residential && h(1) % 20 === 0;
  const birthYear = elderly ? 1940 + (h(2) % 18) : 1960 + (h(2) % 40);
  const first17 = `${AREA_CODES[h(3) % AREA_CODES.length]}${birthYear}${String(1 + (h(4) % 12)).padStart(2, '0')}${String(1 + (h(5) % 28)).padStart(2, '0')}${String(h(6) % 1000).padStart(3, '0')}`;
  const installed = `${2010 + (h(7) % 14)}-${String(1 + (h(8) % 12)).padStart(2, '0')}-${String(1 + (h(9) % 28)).padStart(2, '0')}`;
  const meterType = ['膜式表', '膜式表', 'IC卡表', '远传表'][h(10) % 4]!;
  return {
    户号: `${prefix}${String(n).padStart(8, '0')}`,
    户名: residential ? `${SURNAMES[h(11) % SURNAMES.length]}${GIVEN[h(12) % GIVEN.length]}` : `${SURNAMES[h(11) % SURNAMES.length]}记${cls === '商业' ? '餐饮店' : cls === '公福' ? '社区食堂' : '加工厂'}`,
    类别: cls,
    电话: `${options.phonePrefix ?? '199'}${String(n).padStart(8, '0')}`,
    地址: `${ROADS[h(13) % ROADS.length]}${1 + (h(14) % 300)}号${1 + (h(15) % 30)}栋${1 + (h(16) % 6)}单元${1 + (h(17) % 33)}0${1 + (h(18) % 4)}室`,
    片区: options.regions[n % options.regions.length]!,
    证件号: residential ? first17 + idNumberCheckChar(first17) : '',
    高龄: elderly ? '是' : '否',
    残障: h(19) % 100 === 0 ? '是' : '否',
    独居: elderly && h(20) % 3 === 0 ? '是' : '否',
    标签: elderly ? '重点关爱' : '',
    备注: '',
    供气合同签订日期: installed,
    安全用气协议签订日期: installed,
    表号: `JM${prefix}${String(n).padStart(8, '0')}`,
    表型: meterType,
    表位数: residential ? '5' : '6',
    安装日期: installed,
  };
}

export async function writeCustomerCsv(file: string, options: CustomerCsvOptions): Promise<void> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`\uFEFF${csvText([TEMPLATE_HEADERS])}`);
  const chunk: string[][] = [];
  const first = options.from ?? 1;
  const last = first + options.count - 1;
  for (let n = first; n <= last; n++) {
    const cells = customerCsvRow(n, options);
    options.edit?.(n, cells);
    chunk.push(TEMPLATE_HEADERS.map((h) => cells[h] ?? ''));
    if (chunk.length === 1000 || n === last) {
      await write(csvText(chunk));
      chunk.length = 0;
    }
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}
