import { useState } from 'react';
import { SNAPSHOT_SKIP } from '@/components/panel/panel-png-button';
import { downloadBlob } from '@/components/table/download';
import { exportFileName } from '@/components/table/file-name';
import { chooseTheme, useTheme } from '@/lib/theme';
import { PresenterButton } from './presenter-button';
// Static, though presenter.tsx is loaded on demand: the header's tools, the presenting layout
// and the print view are styled from the first frame, without a flash of unstyled content.
import './presenter.css';
import './print.css';

/** Selector of the whole dashboard view (src/app/dashboard.tsx). */
const VIEW_SELECTOR = '.dash';
/** Editing controls of the whole view, left out of its image. */
const VIEW_SKIP =
  '.presenter-tools, .presenter-bar, .period-select, .region-map__control, .region-map__toggle, .leaflet-control-container';

/** Saves the whole view (key figures, map, panels) as one PNG at twice the screen's resolution. */
function ViewPngButton({ nameParts }: { nameParts: string[] }) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  async function save() {
    const el = document.querySelector<HTMLElement>(VIEW_SELECTOR);
    if (!el) return;
    setState('busy');
    try {
      // Loaded on the first export: nobody needs it to see the dashboard.
      const { canvasToPng, exportScale, snapshotElement } = await import('@/components/snapshot/element-snapshot');
      const canvas = await snapshotElement(el, {
        scale: exportScale(),
        skip: `${SNAPSHOT_SKIP}, ${VIEW_SKIP}`,
      });
      downloadBlob(await canvasToPng(canvas), 'image/png', exportFileName([...nameParts, '全景'], 'png'));
      setState('idle');
    } catch {
      setState('failed');
    }
  }
  return (
    <button
      type="button"
      className="btn"
      onClick={() => void save()}
      disabled={state === 'busy'}
      title={state === 'failed' ? '上次导出失败，请重试' : '将整个页面导出为 PNG（屏幕分辨率的 2 倍）'}
    >
      {state === 'busy' ? '导出中…' : state === 'failed' ? '整页 PNG（失败）' : '整页 PNG'}
    </button>
  );
}

/** 深色 ↔ 浅色: the light theme reads on a projector and in print. Remembered in this browser. */
export function ThemeToggle() {
  const theme = useTheme();
  const light = theme === 'light';
  return (
    <button
      type="button"
      className="btn"
      aria-pressed={light}
      onClick={() => chooseTheme(light ? 'dark' : 'light')}
      title="浅色主题：高对比度，适合投影仪和打印"
    >
      浅色主题
    </button>
  );
}

/** The presenter's buttons in the header: deck editor, whole-view PNG, theme. */
export function PresenterHeaderTools({ nameParts }: { nameParts: string[] }) {
  return (
    <div className="presenter-tools" role="group" aria-label="演示与导出">
      <PresenterButton />
      <ViewPngButton nameParts={nameParts} />
      <ThemeToggle />
    </div>
  );
}
