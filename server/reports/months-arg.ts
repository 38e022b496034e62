/** `--months 2026-01..2026-11` or `--months 2026-11` → the months in order; null when malformed. */
export function parseMonthsArg(text: string): string[] | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])(?:\.\.(\d{4})-(0[1-9]|1[0-2]))?$/.exec(text.trim());
  if (!m) return null;
  const from = Number(m[1]) * 12 + Number(m[2]) - 1;
  const to = m[3] ? Number(m[3]) * 12 + Number(m[4]) - 1 : from;
  if (to < from || to - from >= 120) return null;
  const out: string[] = [];
  for (let i = from; i <= to; i++) out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  return out;
}

/** The current month in China Standard Time (UTC+8), the data's time zone. */
export function currentMonth(now = new Date()): string {
  const t = new Date(now.getTime() + 8 * 3600_000);
  return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The month before `month`. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + m - 2;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}
