import { useEffect, useRef } from 'react';
import { ticker } from './ticker';
import type { JobOptions } from './ticker';

/**
 * Calls `fn` every `ms` on the shared ticker while `enabled`; the job is removed when the
 * component unmounts or `ms`/`enabled` change. `fn` may change on every render.
 */
export function useInterval(ms: number, fn: () => void, enabled = true, options: JobOptions = {}): void {
  const fnRef = useRef(fn);
  useEffect(() => {
    fnRef.current = fn;
  });
  const catchUp = options.catchUp ?? false;
  useEffect(() => {
    if (!enabled || !(ms > 0)) return;
    return ticker.every(ms, () => fnRef.current(), { catchUp });
  }, [ms, enabled, catchUp]);
}
