import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart, LineChart, PieChart, RadarChart, type BarSeriesOption, type LineSeriesOption, type PieSeriesOption, type RadarSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  RadarComponent,
  TooltipComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type RadarComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use, type ComposeOption, type ECharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { echartsLocales, isLanguage } from '../../i18n/index.ts';

/**
 * Apache ECharts with only what the console draws (bar, line, pie, radar; grid, legend, tooltip, aria,
 * mark lines and areas (targets, expected ranges), the radar's axes;
 * the SVG renderer), in its own chunk: pages import this file lazily. Every chart is an image
 * with a text alternative: ECharts' aria puts `role="img"` and the given description on it.
 */
use([BarChart, LineChart, PieChart, RadarChart, AriaComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, RadarComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | PieSeriesOption | RadarSeriesOption | AriaComponentOption | GridComponentOption | LegendComponentOption | RadarComponentOption | TooltipComponentOption
>;

export interface EChartProps {
  option: ChartOption;
  /** The text alternative: what the chart shows, in words and numbers. */
  description: string;
  height?: number;
  testId?: string;
}

export default function EChart({ option, description, height = 280, testId }: EChartProps) {
  const { i18n } = useTranslation();
  const locale = echartsLocales[isLanguage(i18n.language) ? i18n.language : 'zh-CN'];
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | undefined>(undefined);

  useEffect(() => {
    const dom = element.current;
    if (!dom) return;
    const instance = init(dom, undefined, { renderer: 'svg', locale });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(dom);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, [locale]);

  useEffect(() => {
    chart.current?.setOption({ ...option, aria: { enabled: true, label: { enabled: true, description } } }, { notMerge: true });
  }, [option, description, locale]);

  return <div ref={element} className="echart" style={{ height, width: '100%' }} data-testid={testId} aria-label={description} role="img" />;
}
