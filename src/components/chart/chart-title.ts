const SEPARATOR = ' · ';

/**
 * One line that says what a chart shows, for which region and period:
 * "已化解纠纷按化解层级（件） · 团结镇 · 2026年第4季度" — what first, so a narrow cell
 * truncates the region and period (still in the panel subtitle), never the subject. Used as the visible caption, the
 * ECharts title (aria description, image exports) and the accessible name.
 */
export function chartTitle(what: string, regionName: string, periodLabel: string): string {
  return [what, regionName, periodLabel].filter(Boolean).join(SEPARATOR);
}

/**
 * A `chartTitle` split into what the chart shows and where/when (" · 团结镇 · 2026年第4季度"),
 * so a presented slide can drop the second part, which its panel header already says.
 */
export function splitChartTitle(title: string): { what: string; where: string } {
  const at = title.indexOf(SEPARATOR);
  return at < 0 ? { what: title, where: '' } : { what: title.slice(0, at), where: title.slice(at) };
}
