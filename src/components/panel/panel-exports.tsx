import { useState } from 'react';
import { toCsv } from '@/components/table/csv';
import { CSV_TYPE, downloadBlob, XLSX_TYPE } from '@/components/table/download';
import { exportFileName } from '@/components/table/file-name';
import { exportContext, exportFileParts, type ExportTarget } from './export-target';

/** CSV (UTF-8 with BOM) and .xlsx buttons; exceljs is loaded on the first .xlsx click only. */
export function PanelExports({ target }: { target: ExportTarget }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function saveCsv() {
    downloadBlob(toCsv(target.model, exportContext(target)), CSV_TYPE, exportFileName(exportFileParts(target), 'csv'));
  }

  async function saveXlsx() {
    setBusy(true);
    setError(null);
    try {
      const { toXlsx } = await import('@/components/table/xlsx');
      const bytes = await toXlsx(target.model, exportContext(target));
      downloadBlob(bytes, XLSX_TYPE, exportFileName(exportFileParts(target), 'xlsx'));
    } catch (e) {
      setError(`Excel 导出失败：${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="panel__exports">
      <button type="button" className="btn btn--small" onClick={saveCsv} title="导出 CSV（UTF-8，Excel 可直接打开）">
        CSV
      </button>
      <button
        type="button"
        className="btn btn--small"
        onClick={() => void saveXlsx()}
        disabled={busy}
        title="导出 Excel 工作簿（.xlsx）"
      >
        {busy ? '…' : 'Excel'}
      </button>
      {error && (
        <span role="alert" className="panel__export-error">
          {error}
        </span>
      )}
    </span>
  );
}
