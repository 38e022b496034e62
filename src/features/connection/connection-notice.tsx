import './connection.css';

function hhmm(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())}`;
}

export interface ConnectionNoticeProps {
  failing: boolean;
  lastGoodAt: number | null;
}

/** 数据更新于 HH:mm，连接中断，正在重试 — shown while the API fails; the data stays on screen. */
export function ConnectionNotice({ failing, lastGoodAt }: ConnectionNoticeProps) {
  if (!failing) return null;
  return (
    <p className="connection-notice" role="status" data-testid="connection-notice">
      <span className="connection-notice__dot" aria-hidden="true" />
      {lastGoodAt !== null ? `数据更新于 ${hhmm(lastGoodAt)}，` : ''}连接中断，正在重试
    </p>
  );
}
