import { useEffect, useState } from 'react';
import { ticker } from '@/lib/ticker';

/** Anything a person at the wall might do: touch, click, move the mouse, scroll, type. */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'wheel', 'keydown', 'touchstart'] as const;

/**
 * True until the first input, false while someone is using the screen, and true again
 * `idleMs` after their last input. Listeners are passive and removed with the component.
 */
export function useUserIdle(idleMs: number, enabled: boolean): boolean {
  const [idle, setIdle] = useState(true);
  useEffect(() => {
    if (!enabled) return;
    let cancelIdle: (() => void) | null = null;
    const onInput = () => {
      setIdle(false);
      // Restart the countdown on the shared ticker: one job at a time, never a leaked timer.
      cancelIdle?.();
      cancelIdle = ticker.after(idleMs, () => {
        cancelIdle = null;
        setIdle(true);
      });
    };
    const opts = { passive: true, capture: true } as const;
    for (const name of INPUT_EVENTS) window.addEventListener(name, onInput, opts);
    return () => {
      for (const name of INPUT_EVENTS) window.removeEventListener(name, onInput, opts);
      cancelIdle?.();
      setIdle(true);
    };
  }, [idleMs, enabled]);
  return idle;
}
