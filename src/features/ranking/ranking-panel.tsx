import { useEffect, useMemo, useRef } from 'react';
import { CODE_LENGTH } from '@/api/common';
import { regionQueries } from '@/api/queries';
import { comparePeriods } from '@/lib/period';
import { useChildValues } from '@/lib/use-child-values';
import type { RegionRef } from '@/api/region';
import { Panel } from '@/components/panel/panel';
import { toRankingRows, type RankingRow } from './ranking-model';
import { toRankingTable } from './ranking-table';
import { UNRELIABLE_MARK, UNRELIABLE_VALUE_NOTE } from '@/lib/privacy';
import { scrollListTo, useWholeRows } from './use-whole-rows';
import './ranking.css';

export interface RankingPanelProps {
  code: string;
  regionName: string;
  period: string;
  /** The metric the map is coloured by (meta.metrics id). */
  metric: string;
  /** The region's direct children (region detail), in the data's order. */
  childRegions: readonly RegionRef[];
  /** The child hovered on the map (or here): its row is marked and scrolled into view. */
  highlightedCode?: string | null;
  onHover?(code: string | null): void;
  /** A row was clicked or Enter pressed on it (drill down). */
  onSelect?(code: string): void;
  /** The unattended wall: a list longer than its room turns its pages by itself. */
  autoPage?: boolean;
}

/** How long a page of the ranking stays on the wall before the next one, ms. */
export const RANKING_PAGE_MS = 6000;

/**
 * 下级排名: the children ranked by the map's metric. Shares the map's children-metric query
 * (same key), so it never costs a request of its own.
 */
export function RankingPanel(props: RankingPanelProps) {
  const { code, regionName, period, metric, childRegions: children } = props;
  // The same values, metric and checks as the map: a value that cannot be true is not ranked.
  const {
    meta,
    values,
    metric: metricDef,
    checked,
    impossible,
  } = useChildValues(regionQueries.childMetric(code, metric, period), metric, code);
  const buildings = children.length > 0 && children.every((c) => c.code.length === CODE_LENGTH.building);
  const rows = useMemo(
    () => (checked ? toRankingRows(metricDef, children, checked.values, impossible) : []),
    [checked, metricDef, children, impossible],
  );
  // The list's rows and checked values as a table: the 表格 view, CSV and .xlsx, like the panels.
  const table = useMemo(
    () => (checked ? toRankingTable(metricDef, rows, checked.values) : null),
    [checked, metricDef, rows],
  );

  // The covered span with its 截至… qualifier, as every other panel's subtitle says it (period.ts).
  const periodLabel = meta.data ? comparePeriods(period, meta.data).current.label : undefined;
  const emptyText = buildings ? `本网格共 ${children.length} 栋楼，楼栋不单独提供统计数据` : '该区域没有下级区划';
  return (
    <Panel
      testId="panel-ranking"
      title="下级排名"
      regionName={regionName}
      period={period}
      periodLabel={periodLabel}
      code={code}
      table={table}
      sources={[
        { label: '排名指标数据', query: values },
        { label: '代码表', query: meta },
      ]}
      isEmpty={buildings || children.length === 0}
      emptyText={emptyText}
    >
      <RankingList {...props} rows={rows} metricName={metricDef.name} />
    </Panel>
  );
}

function RankingList({
  rows,
  metricName,
  highlightedCode,
  onHover,
  onSelect,
  autoPage = false,
}: RankingPanelProps & { rows: RankingRow[]; metricName: string }) {
  const listRef = useRef<HTMLOListElement>(null);
  useWholeRows(listRef, { autoPage, pageMs: RANKING_PAGE_MS, rowCount: rows.length, highlighted: highlightedCode });

  // Keep the highlighted row in view by scrolling the list only (scrollIntoView would also
  // scroll the page in the stacked small-window layout).
  useEffect(() => {
    const list = listRef.current;
    if (!list || !highlightedCode) return;
    const row = list.querySelector<HTMLElement>(`[data-code="${CSS.escape(highlightedCode)}"]`);
    if (!row) return;
    // The list is the rows' offsetParent (position: relative in ranking.css).
    const top = row.offsetParent === list ? row.offsetTop : row.offsetTop - list.offsetTop;
    if (top < list.scrollTop) scrollListTo(list, top);
    else if (top + row.offsetHeight > list.scrollTop + list.clientHeight) {
      scrollListTo(list, top + row.offsetHeight - list.clientHeight);
    }
  }, [highlightedCode]);

  const unreliable = rows.some((r) => r.status === 'unreliable');
  const invalid = rows.filter((r) => r.status === 'invalid');
  return (
    <div className="ranking">
      <p className="ranking__caption">
        按“{metricName}”由高到低 · 共 {rows.length} 个
      </p>
      <ol className="ranking__list" ref={listRef} aria-label={`下级区域按${metricName}排名`}>
        {rows.map((r) => (
          <li key={r.code} data-code={r.code} data-status={r.status}>
            <button
              type="button"
              className="ranking__row"
              data-highlighted={highlightedCode === r.code ? 'true' : undefined}
              title={[`${r.name}（${r.code}）`, r.basis && `依据：${r.basis}`, r.note].filter(Boolean).join('\n')}
              onClick={() => onSelect?.(r.code)}
              onMouseEnter={() => onHover?.(r.code)}
              onMouseLeave={() => onHover?.(null)}
              onFocus={() => onHover?.(r.code)}
              onBlur={() => onHover?.(null)}
            >
              <span className="ranking__rank">{r.rank ?? '—'}</span>
              <span className="ranking__name">{r.label}</span>
              <span className="ranking__bar" aria-hidden="true">
                <span style={{ width: `${(r.bar * 100).toFixed(1)}%` }} />
              </span>
              <span className="ranking__value">{r.valueText}</span>
              <span className="ranking__basis">{r.basis ?? (r.status === 'suppressed' ? '隐私规则' : '')}</span>
            </button>
          </li>
        ))}
      </ol>
      {unreliable && (
        <p className="ranking__note">
          {UNRELIABLE_MARK} {UNRELIABLE_VALUE_NOTE}
        </p>
      )}
      {invalid.length > 0 && (
        <p className="ranking__note" role="note">
          数据有误，未参与排名：{invalid.map((r) => `${r.label}（${r.note}）`).join('；')}
        </p>
      )}
    </div>
  );
}
