import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { Meta } from '@/api/meta';
import { regionQueries } from '@/api/queries';
import { ChartRenderContext } from '@/components/chart/chart-render-context';
import { loadSvgRenderer } from '@/components/chart/svg-renderer';
import { formatTimestamp } from '@/lib/format';
import { comparePeriods } from '@/lib/period';
import { applyTheme } from '@/lib/theme';
import { FOCUS_LABELS, type Deck, type Scene } from './deck-schema';
import { displayName } from '@/lib/region-name';

interface PrintDeckProps {
  deck: Deck;
  meta: Meta;
  renderScene(scene: Scene): ReactNode;
  onClose(): void;
}

// Vectors in the PDF, and no animation a page could be printed in the middle of.
const PRINT_CHARTS = { renderer: 'svg', animate: false } as const;

/** True once nothing on the pages is loading and every chart has drawn. */
function pagesReady(root: HTMLElement): boolean {
  if (root.querySelector('[aria-busy="true"]')) return false;
  return [...root.querySelectorAll('[data-testid="chart"]')].every(
    (c) => c.getAttribute('data-chart-ready') === 'true',
  );
}

/**
 * The deck as printable pages, one scene per A4 landscape page (print.css): the browser's
 * print turns it into a PDF. Charts are drawn with ECharts' SVG renderer here, so their
 * text and lines stay vectors in the PDF. Shown on screen as a preview first, on the light theme.
 */
export function PrintDeck({ deck, meta, renderScene, onClose }: PrintDeckProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const [svgReady, setSvgReady] = useState(false);
  const [ready, setReady] = useState(false);
  const [printedAt] = useState(() => formatTimestamp(new Date().toISOString()));

  useEffect(() => {
    let live = true;
    void loadSvgRenderer().then(() => live && setSvgReady(true));
    const root = document.documentElement;
    root.classList.add('printing-deck');
    applyTheme('light');
    return () => {
      live = false;
      root.classList.remove('printing-deck');
    };
  }, []);

  // Print only once every page has its data and charts (polled: charts finish in their own time).
  useEffect(() => {
    const root = rootRef.current;
    if (!svgReady || !root) return;
    const timer = window.setInterval(() => setReady(pagesReady(root)), 250);
    return () => window.clearInterval(timer);
  }, [svgReady]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.key === 'Escape') onClose();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return createPortal(
    <div className="print-deck" ref={rootRef} data-testid="print-deck" data-print-ready={ready}>
      <div className="print-deck__toolbar" role="toolbar" aria-label="打印预览">
        <strong>打印预览 · {deck.name}</strong>
        <span>{ready ? `${deck.scenes.length} 页，A4 横向` : '正在准备页面…'}</span>
        <button type="button" className="btn btn--primary" onClick={() => window.print()} disabled={!ready}>
          打印 / 存为 PDF
        </button>
        <button type="button" className="btn" onClick={onClose}>
          关闭
        </button>
      </div>
      {svgReady && (
        <ChartRenderContext.Provider value={PRINT_CHARTS}>
          {deck.scenes.map((scene, i) => (
            <PrintPage
              key={scene.id}
              scene={scene}
              meta={meta}
              page={i + 1}
              pages={deck.scenes.length}
              printedAt={printedAt}
            >
              {renderScene(scene)}
            </PrintPage>
          ))}
        </ChartRenderContext.Provider>
      )}
    </div>,
    document.body,
  );
}

interface PrintPageProps {
  scene: Scene;
  meta: Meta;
  page: number;
  pages: number;
  printedAt: string;
  children: ReactNode;
}

function PrintPage({ scene, meta, page, pages, printedAt, children }: PrintPageProps) {
  const region = useQuery(regionQueries.detail(scene.region));
  const path = region.data ? [...region.data.ancestors, region.data].map(displayName).join(' › ') : scene.region;
  return (
    <section className="print-page" data-testid="print-page" data-focus={scene.focus ?? ''}>
      <header className="print-page__header">
        <div>
          <h2 className="print-page__title">{scene.title}</h2>
          {scene.takeaway && <p className="print-page__takeaway">{scene.takeaway}</p>}
        </div>
        <p className="print-page__where">
          <span>{path}</span>
          {/* With its 截至… qualifier, as the screen's header says it: a page must not pass off a
              running month or year as complete. */}
          <span>{comparePeriods(scene.period, meta).current.label}</span>
          {scene.focus && <span>重点：{FOCUS_LABELS[scene.focus]}</span>}
        </p>
      </header>
      <div className="print-page__body">{children}</div>
      <footer className="print-page__footer">
        <span>
          数据来源：{meta.datasetName}
          {meta.demo && !meta.datasetName.includes('演示') ? '（演示数据）' : ''} · 数据更新于{' '}
          {formatTimestamp(meta.lastUpdated)} · 打印于 {printedAt}
        </span>
        <span>
          第 {page} / {pages} 页
        </span>
      </footer>
    </section>
  );
}
