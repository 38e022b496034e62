import { BarChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridSimpleComponent, LegendPlainComponent, TitleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

/**
 * The ECharts parts the first screen registers (echarts-setup.ts says why these). A list of its
 * own so the bench's libraries-only page (bench/libraries) carries exactly the same ones.
 */
export const FIRST_SCREEN_PARTS = [
  BarChart,
  PieChart,
  GridSimpleComponent,
  LegendPlainComponent,
  TitleComponent,
  AriaComponent,
  CanvasRenderer,
];
