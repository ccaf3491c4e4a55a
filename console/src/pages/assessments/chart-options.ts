import type { ChartOption } from '../../components/chart/EChart.tsx';

/**
 * The ECharts options of the assessment charts, pure: what to draw from plain points. A point
 * without a value (null) is a gap, never a 0; `noData` is written under its category.
 */
export interface Point {
  name: string;
  value: number | null;
}

const BLUE = '#0958d9';
const axisScore = { type: 'value' as const, min: 0, max: 100 };

/** Bars of the units' totals (0–100), one per unit. */
export function totalsOption(points: Point[], series: string, noData: string): ChartOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? String(v) : noData) },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: points.map((p) => (p.value === null ? `${p.name}\n${noData}` : p.name)), axisLabel: { interval: 0, overflow: 'truncate', width: 88 } },
    yAxis: axisScore,
    series: [{ type: 'bar', name: series, data: points.map((p) => p.value), itemStyle: { color: BLUE }, barMaxWidth: 48, label: { show: true, position: 'top' } }],
  };
}

/** A radar of the KPI scores that have data (0–100 on every axis). */
export function radarOption(points: Point[], series: string): ChartOption {
  return {
    tooltip: { trigger: 'item' },
    radar: { indicator: points.map((p) => ({ name: p.name, max: 100, min: 0 })), radius: '62%', axisName: { color: 'rgba(0, 0, 0, 0.88)' } },
    series: [{ type: 'radar', name: series, data: [{ name: series, value: points.map((p) => p.value ?? 0) }], itemStyle: { color: BLUE }, areaStyle: { opacity: 0.2 } }],
  };
}

/** A line of the total over the periods, oldest first; a period without a total is a gap. */
export function trendOption(points: Point[], series: string, noData: string): ChartOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? String(v) : noData) },
    grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: points.map((p) => (p.value === null ? `${p.name}\n${noData}` : p.name)), axisLabel: { interval: 0 } },
    yAxis: axisScore,
    series: [{ type: 'line', name: series, data: points.map((p) => p.value), connectNulls: false, itemStyle: { color: BLUE }, label: { show: true, position: 'top' } }],
  };
}
