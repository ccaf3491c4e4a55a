import ExcelJS from 'exceljs';
import { SURVEY_DIMENSIONS, type SurveyResults } from '../../shared/contract/surveys.ts';
import { CSV, XLSX } from '../../shared/http/media.ts';
import { fileReply, type Reply } from '../../shared/http/reply.ts';
import { csvText } from '../customer-files/csv-cells.ts';
import { BOM } from '../customer-files/import-template.ts';

/**
 * The results report as a file: one table of figures (overall, by period, region and staff
 * member) and the comments. Headers in Chinese with English; a share is a fraction (the
 * spreadsheet formats it as a percentage), and no data is an empty cell, never 0.
 */
type Figures = SurveyResults['overall'];

const DIMENSION_LABEL = { attitude: '服务态度 Attitude', quality: '服务质量 Quality', resolution: '问题解决 Resolution', afterSales: '售后服务 After-sales' } as const;

const HEADER = [
  '分组 Group',
  '名称 Name',
  '回复数 Responses',
  '满意率 Satisfaction',
  ...SURVEY_DIMENSIONS.flatMap((d) => [`${DIMENSION_LABEL[d]} 满意率`, `${DIMENSION_LABEL[d]} 平均分`]),
  '回访数 Return visits',
  '回访满意率 Return visits satisfied',
];

const figureCells = (f: Figures): (number | null)[] => [
  f.responses,
  f.satisfaction.rate,
  ...SURVEY_DIMENSIONS.flatMap((d) => [f.dimensions[d].satisfied.rate, f.dimensions[d].average]),
  f.returnVisits.of,
  f.returnVisits.rate,
];

function figureRows(r: SurveyResults): (string | number | null)[][] {
  return [
    ['总体 Overall', r.period ?? '全部 All', ...figureCells(r.overall)],
    ...r.byPeriod.map((p) => ['期间 Period', p.period, ...figureCells(p)]),
    ...r.byRegion.map((p) => ['片区 Region', p.regionId, ...figureCells(p)]),
    ...r.byStaff.map((p) => ['人员 Staff', p.staff, ...figureCells(p)]),
  ];
}

const COMMENT_HEADER = ['时间 Answered at', '片区 Region', '低分 Low score', '意见 Comment'];
const commentRows = (r: SurveyResults) => r.comments.map((c) => [c.answeredAt, c.regionId, c.low ? '是 yes' : '否 no', c.comment]);

export async function resultsFile(results: SurveyResults, format: 'csv' | 'xlsx', name: string): Promise<Reply> {
  if (format === 'csv') {
    const summary = [['目标 Target', results.target], ['邀请数 Invited', results.invited], ['回复率 Response rate', results.responseRate.rate], ['跟进工单 Follow-ups', results.followUps]];
    const cells = (rows: (string | number | null)[][]) => rows.map((row) => row.map((v) => (v === null ? '' : String(v))));
    return fileReply(CSV, `${name}.csv`, BOM + csvText([...cells(summary), [], HEADER, ...cells(figureRows(results)), [], COMMENT_HEADER, ...cells(commentRows(results))]));
  }
  const book = new ExcelJS.Workbook();
  book.creator = 'gascare';
  const figures = book.addWorksheet('满意度 Satisfaction');
  figures.addRow(['目标 Target', results.target, '邀请数 Invited', results.invited, '回复率 Response rate', results.responseRate.rate, '跟进工单 Follow-ups', results.followUps]);
  figures.addRow([]);
  figures.addRow(HEADER).font = { bold: true };
  for (const row of figureRows(results)) figures.addRow(row);
  const shares = [4, ...SURVEY_DIMENSIONS.map((_, i) => 5 + i * 2), 5 + SURVEY_DIMENSIONS.length * 2 + 1];
  for (const column of shares) figures.getColumn(column).numFmt = '0.0%';
  figures.getCell('B1').numFmt = '0.0%';
  figures.getCell('F1').numFmt = '0.0%';
  figures.columns.forEach((c) => (c.width = 18));
  const comments = book.addWorksheet('意见 Comments');
  comments.addRow(COMMENT_HEADER).font = { bold: true };
  for (const row of commentRows(results)) comments.addRow(row);
  comments.getColumn(4).width = 80;
  return fileReply(XLSX, `${name}.xlsx`, Buffer.from(await book.xlsx.writeBuffer()));
}
