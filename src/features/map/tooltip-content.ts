import type { ValueDescription } from '@/lib/metric-value';

/** What the hover tooltip says about one child. */
export interface TooltipInfo {
  name: string;
  code: string;
  /** Where it lies when that is not the map's region itself: "红土田社区 · 团结镇" (all grids). */
  parent?: string | null;
  /** Null while no metric is shown (loading or failed). */
  metricName: string | null;
  value: ValueDescription | null;
}

function line(doc: Document, className: string, text: string): HTMLElement {
  const el = doc.createElement('div');
  el.className = className;
  el.textContent = text;
  return el;
}

/**
 * The tooltip as DOM nodes. Names come from data, so everything goes in through `textContent`:
 * Leaflet would parse a string content as HTML.
 */
export function buildTooltipContent(info: TooltipInfo, doc: Document = document): HTMLElement {
  const root = doc.createElement('div');
  root.className = 'region-map-tip';
  const head = doc.createElement('div');
  head.className = 'region-map-tip__head';
  head.append(line(doc, 'region-map-tip__name', info.name), line(doc, 'region-map-tip__code', info.code));
  root.append(head);
  if (info.parent) root.append(line(doc, 'region-map-tip__parent', info.parent));
  if (info.metricName !== null && info.value !== null) {
    const row = doc.createElement('div');
    row.className = 'region-map-tip__row';
    row.append(
      line(doc, 'region-map-tip__metric', info.metricName),
      line(doc, 'region-map-tip__value', info.value.value),
    );
    root.append(row);
    if (info.value.basis !== null) root.append(line(doc, 'region-map-tip__basis', info.value.basis));
    if (info.value.note !== null) root.append(line(doc, 'region-map-tip__note', info.value.note));
  }
  return root;
}

/** A permanent region label: the name as text only. */
export function buildLabelContent(name: string, doc: Document = document): HTMLElement {
  const el = doc.createElement('span');
  el.textContent = name;
  return el;
}
