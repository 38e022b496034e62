import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { paths } from '@/api/endpoints';
import type { Meta } from '@/api/meta';
import { config } from '@/config/env';
import { ApiError } from '@/lib/api-client';
import { ticker } from '@/lib/ticker';
import { diagnoseBoot, TROUBLESHOOTING_DOC } from './boot-diagnosis';
import { reconnectDelay } from './connection-state';

/** After this long without an answer the screen says so, before any timeout. */
export const SLOW_ANSWER_MS = 3000;

function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => (active ? ticker.every(1000, () => setNow(Date.now())) : undefined), [active]);
  return now;
}

/** True once the page reports a CSP violation for the API's origin. */
function useCspBlocked(origin: string): boolean {
  const [blocked, setBlocked] = useState(false);
  useEffect(() => {
    const onViolation = (e: SecurityPolicyViolationEvent) => {
      if (e.blockedURI && e.blockedURI.startsWith(origin)) setBlocked(true);
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    return () => document.removeEventListener('securitypolicyviolation', onViolation);
  }, [origin]);
  return blocked;
}

/**
 * The screen while the data catalogue has never loaded: within seconds it says which address
 * was tried, what kind of failure it is, that it keeps retrying (and when), and where the
 * steps to check are. It retries every kind of failure (nothing is on screen to protect, and
 * the installer may be fixing the server meanwhile); the dashboard appears by itself.
 */
export function BootStatus({ meta }: { meta: UseQueryResult<Meta> }) {
  const origin = config.apiBaseUrl ? new URL(config.apiBaseUrl).origin : window.location.origin;
  const address = new URL(paths.meta(), config.apiBaseUrl ?? window.location.origin).toString();
  const cspBlocked = useCspBlocked(origin);
  const [startedAt] = useState(() => Date.now());
  const [nextAt, setNextAt] = useState<number | null>(null);
  const now = useNow(true);
  const gaveUp = meta.status === 'error';
  const { refetch } = meta;

  // Once the query's own retries are spent: try again on the reconnect back-off, forever.
  useEffect(() => {
    if (!gaveUp) return;
    let attempt = 0;
    let cancel: () => void = () => {};
    const schedule = () => {
      const delay = reconnectDelay(attempt++);
      setNextAt(Date.now() + delay);
      cancel = ticker.after(delay, () => {
        setNextAt(null);
        void refetch().finally(schedule);
      });
    };
    schedule();
    return () => cancel();
  }, [gaveUp, refetch]);

  const error = meta.error ?? meta.failureReason;
  if (!error && !cspBlocked) {
    const waited = now - startedAt;
    return (
      <div className="boot" role="status">
        {waited < SLOW_ANSWER_MS ? (
          '正在加载数据目录…'
        ) : (
          <>
            <p>正在加载数据目录…</p>
            <p className="boot__endpoint">
              数据接口 {address} 已 {Math.round(waited / 1000)} 秒未响应
            </p>
          </>
        )}
      </div>
    );
  }
  const d = diagnoseBoot(error, cspBlocked, window.location.origin);
  const seconds = nextAt !== null ? Math.max(0, Math.ceil((nextAt - now) / 1000)) : null;
  return (
    <div className="boot boot--error" role="alert">
      <h1>{d.title}</h1>
      <p className="boot__endpoint">接口地址：{address}</p>
      <p>原因：{d.cause}</p>
      <p className="boot__hint">请检查：{d.hint}</p>
      <p role="status">
        {seconds !== null ? `正在自动重试，下次重试：${seconds} 秒后` : '正在自动重试…'}
        {meta.failureCount > 0 ? `（已失败 ${meta.failureCount} 次）` : ''}
      </p>
      <p className="boot__endpoint">排查步骤见随程序提供的文档 {TROUBLESHOOTING_DOC}</p>
      {error instanceof ApiError && error.endpoint !== paths.meta() && (
        <p className="boot__endpoint">{error.endpoint}</p>
      )}
      <button type="button" className="btn" onClick={() => void refetch()}>
        立即重试
      </button>
    </div>
  );
}
