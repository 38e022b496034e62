/**
 * A file name that every file system accepts: no / \ : * ? " < > | or control characters, no
 * trailing dots or spaces (Windows), at most 120 characters before the extension.
 * "石榴县_532398_2026-Q4_矛盾纠纷化解.csv".
 */
export function exportFileName(parts: readonly string[], extension: string): string {
  const clean = parts
    .map((p) =>
      p
        .replace(/(\d{4}-\d{2})\.\.(\d{4}-\d{2})/g, '$1至$2')
        // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
        .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join('_')
    .slice(0, 120)
    .replace(/[. ]+$/, '');
  return `${clean || '导出'}.${extension}`;
}
