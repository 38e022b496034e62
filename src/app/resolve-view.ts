import { RegionCodeSchema } from '@/api/common';
import type { Meta } from '@/api/meta';
import { checkPeriod, defaultPeriod } from '@/lib/period';
import type { ViewState } from '@/lib/view-state';
import { METRIC_IDS } from '@/api/metrics';

export interface ResolvedView {
  /** Region to show, or null when the URL's code is malformed. */
  code: string | null;
  period: string;
  metric: string;
  /** What was wrong with the URL, in words for the user. */
  notices: string[];
  /** Set when the region code in the URL is malformed. */
  regionProblem: string | null;
}

/** Turns untrusted URL state into a view the data supports, saying what it had to change. */
export function resolveView(view: ViewState, meta: Meta): ResolvedView {
  const notices: string[] = [];
  let regionProblem: string | null = null;
  let code: string | null = view.region ?? meta.rootCode;
  if (!RegionCodeSchema.safeParse(code).success) {
    regionProblem = `地址中的区划代码“${code}”格式无效：应为 6、9、12、15 或 20 位数字。`;
    code = null;
  }

  let period = defaultPeriod(meta);
  if (view.period) {
    const check = checkPeriod(view.period, meta);
    if (check.ok) period = check.period;
    else notices.push(`${check.message}，已改为显示默认统计期。`);
  }

  const metricIds = new Set(meta.metrics.map((m) => m.id));
  let metric: string = metricIds.has(METRIC_IDS.minorityShare) ? METRIC_IDS.minorityShare : (meta.metrics[0]?.id ?? '');
  if (view.metric) {
    if (metricIds.has(view.metric)) metric = view.metric;
    else notices.push(`地址中的地图指标“${view.metric}”不存在，已改为默认指标。`);
  }
  return { code, period, metric, notices, regionProblem };
}
