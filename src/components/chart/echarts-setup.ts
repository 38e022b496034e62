import { BarChart, FunnelChart, LineChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/**
 * The only place ECharts is imported at runtime: `echarts/core` with just the charts and
 * components the panels use (about half the bytes of the full build, PITFALLS). Add a chart
 * type here before using it in an option, or ECharts silently draws nothing.
 * The ZH locale ships inside echarts/core, so `locale: 'ZH'` needs no registration.
 */
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  FunnelChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  DatasetComponent,
  MarkLineComponent,
  MarkPointComponent,
  AriaComponent,
  CanvasRenderer,
]);

export { echarts };
