import { useState, type RefObject } from 'react';
import { downloadBlob } from '@/components/table/download';
import { exportFileName } from '@/components/table/file-name';

/**
 * Controls that mean nothing in an exported image. Buttons that carry content (chart tabs,
 * ranking rows) stay: they show what is selected.
 */
export const SNAPSHOT_SKIP = 'select, input, .panel__tools, [data-snapshot-skip]';

/** Saves the panel as a PNG at twice the screen's resolution (charts re-rendered, text redrawn). */
export function PanelPngButton({ target, nameParts }: { target: RefObject<HTMLElement | null>; nameParts: string[] }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    const el = target.current;
    if (!el) return;
    setBusy(true);
    setError(null);
    try {
      // Loaded on the first export: nobody needs it to see the dashboard.
      const { canvasToPng, exportScale, snapshotElement } = await import('@/components/snapshot/element-snapshot');
      const canvas = await snapshotElement(el, { scale: exportScale(), skip: SNAPSHOT_SKIP });
      downloadBlob(await canvasToPng(canvas), 'image/png', exportFileName(nameParts, 'png'));
    } catch (e) {
      setError(`图片导出失败：${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="btn btn--small"
        onClick={() => void save()}
        disabled={busy}
        title="导出 PNG 图片（屏幕分辨率的 2 倍）"
      >
        {busy ? '…' : 'PNG'}
      </button>
      {error && (
        <span role="alert" className="panel__export-error">
          {error}
        </span>
      )}
    </>
  );
}
