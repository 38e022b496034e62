import { useSyncExternalStore } from 'react';

function currentRatio(): number {
  return typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
}

function subscribe(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  // A resolution query matches only the current ratio; it fires "change" when zoom or a move
  // to another screen changes it, and is then replaced by a query for the new ratio.
  let query = matchMedia(`(resolution: ${currentRatio()}dppx)`);
  const handle = () => {
    query.removeEventListener('change', handle);
    query = matchMedia(`(resolution: ${currentRatio()}dppx)`);
    query.addEventListener('change', handle);
    onChange();
  };
  query.addEventListener('change', handle);
  return () => query.removeEventListener('change', handle);
}

/** window.devicePixelRatio, updated when it changes (browser zoom, window moved to a 4K screen). */
export function useDevicePixelRatio(): number {
  return useSyncExternalStore(subscribe, currentRatio, () => 1);
}
