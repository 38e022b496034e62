import { FunnelChart, LineChart } from 'echarts/charts';
import { MarkLineComponent, TooltipComponent } from 'echarts/components';

/**
 * ECharts parts no chart of the first screen needs, in a chunk of their own (echarts-setup.ts
 * loads it): line and funnel charts and the markLine only appear in tabs a person opens, and
 * tooltips only on hover, so they are registered once the first screen is drawn.
 */
export const DEFERRED_FEATURES = [LineChart, FunnelChart, MarkLineComponent, TooltipComponent];
