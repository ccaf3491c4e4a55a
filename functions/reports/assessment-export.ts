import ExcelJS from 'exceljs';
import { UNIT_LEVELS, type AssessmentSummary, type UnitLevel, type UnitScorecard } from '../../shared/contract/assessments.ts';
import { KPI_LABEL } from '../../shared/contract/assessments-policy.ts';
import { CSV, XLSX } from '../../shared/http/media.ts';
import { fileReply, type Reply } from '../../shared/http/reply.ts';
import { csvText } from '../customer-files/csv-cells.ts';
import { BOM } from '../customer-files/import-template.ts';

/**
 * An assessment as a file: per unit level (one sheet each in Excel, one section each in CSV) a row
 * per unit — its total, rank and coverage, then each KPI's value, numerator, denominator, target
 * and score. Headers in Chinese with English; a share is a fraction (Excel formats it as a
 * percentage); no data is an empty cell, never 0.
 */
const LEVEL_LABEL: Record<UnitLevel, string> = { region: '营业厅（片区） Business halls', 'dispatch-center': '调度中心 Dispatch center', staff: '员工 Staff' };
const SHEET_NAME: Record<UnitLevel, string> = { region: '营业厅 Halls', 'dispatch-center': '调度中心 Dispatch', staff: '员工 Staff' };
const UNIT_HEADER = ['单位 Unit', '名称 Name', '片区 Region', '总分 Total', '排名 Rank', '参评单位数 Ranked of', '有数据权重 Coverage'];
const KPI_COLUMNS = ['值 Value', '分子 Numerator', '分母 Denominator', '目标 Target', '权重 Weight', '得分 Score'];
/** Columns holding a share (1-based within a KPI's group), formatted as a percentage in Excel. */
const SHARE_COLUMNS = [1, 4];

const kpisOfLevel = (units: readonly UnitScorecard[]) => units[0]?.kpis.map((k) => k.kpi) ?? [];

function header(units: readonly UnitScorecard[]): string[] {
  return [...UNIT_HEADER, ...kpisOfLevel(units).flatMap((kpi) => KPI_COLUMNS.map((c) => `${KPI_LABEL[kpi]['zh-CN']} ${KPI_LABEL[kpi].en}: ${c}`))];
}

function row(u: UnitScorecard, kpis: readonly string[]): (string | number | null)[] {
  return [
    u.id,
    u.name,
    u.regionId,
    u.total,
    u.rank,
    u.rankedOf,
    u.coverage,
    ...kpis.flatMap((name) => {
      const k = u.kpis.find((x) => x.kpi === name);
      return k ? [k.value, k.numerator, k.denominator, k.target, k.weight, k.score] : [null, null, null, null, null, null];
    }),
  ];
}

const titleOf = (a: AssessmentSummary) => [`绩效考核 Assessment ${a.period}`, `版本 Version ${a.version}`, `计算于 Computed ${a.computedAt}`, `时区 Time zone ${a.timeZone}`];

export async function assessmentFile(a: AssessmentSummary, units: readonly UnitScorecard[], format: 'csv' | 'xlsx'): Promise<Reply> {
  const name = `assessment-${a.period}-v${a.version}`;
  const levels = UNIT_LEVELS.map((level) => ({ level, units: units.filter((u) => u.level === level) })).filter((l) => l.units.length);
  if (format === 'csv') {
    const cells = (rows: (string | number | null)[][]) => rows.map((r) => r.map((v) => (v === null ? '' : String(v))));
    const sections = levels.flatMap(({ level, units: ofLevel }) => [[], [LEVEL_LABEL[level]], header(ofLevel), ...cells(ofLevel.map((u) => row(u, kpisOfLevel(ofLevel))))]);
    return fileReply(CSV, `${name}.csv`, BOM + csvText([titleOf(a), ...sections]));
  }
  const book = new ExcelJS.Workbook();
  book.creator = 'gascare';
  for (const { level, units: ofLevel } of levels) {
    const sheet = book.addWorksheet(SHEET_NAME[level]);
    sheet.addRow(titleOf(a));
    sheet.addRow(header(ofLevel)).font = { bold: true };
    const kpis = kpisOfLevel(ofLevel);
    for (const u of ofLevel) sheet.addRow(row(u, kpis));
    sheet.getColumn(UNIT_HEADER.length).numFmt = '0.0%';
    kpis.forEach((_, i) => SHARE_COLUMNS.forEach((c) => (sheet.getColumn(UNIT_HEADER.length + i * KPI_COLUMNS.length + c).numFmt = '0.0%')));
    sheet.columns.forEach((c) => (c.width = 16));
    sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 2 }];
  }
  if (!levels.length) book.addWorksheet(SHEET_NAME.region).addRow(titleOf(a));
  return fileReply(XLSX, `${name}.xlsx`, Buffer.from(await book.xlsx.writeBuffer()));
}
