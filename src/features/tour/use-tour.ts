import { useState } from 'react';
import { useInterval } from '@/lib/use-ticker';
import { OVERVIEW, codeAt, nextPosition } from './tour-sequence';
import { useUserIdle } from './use-user-idle';

export interface TourOptions {
  /** Codes to step through (the current region's children). */
  steps: readonly string[];
  dwellMs: number;
  idleMs: number;
  enabled: boolean;
}

export interface TourState {
  /** The child on show, or null for the overview of the whole region. */
  code: string | null;
  /** 0-based index of `code` in `steps`, -1 for the overview. */
  position: number;
  /** True while someone is using the screen (the tour waits for `idleMs` of quiet). */
  paused: boolean;
}

/**
 * The automatic tour: every `dwellMs` it moves to the next child, driven by the shared ticker
 * (so it also stops while the tab is hidden). Any input pauses it; after `idleMs` of quiet it
 * waits one full dwell and moves on from where it stopped.
 */
export function useTour({ steps, dwellMs, idleMs, enabled }: TourOptions): TourState {
  const idle = useUserIdle(idleMs, enabled);
  const key = steps.join(',');
  const [state, setState] = useState({ key, position: OVERVIEW });
  // A new list (the region changed): start again from the overview.
  const position = state.key === key ? state.position : OVERVIEW;
  const running = enabled && idle && steps.length > 0;
  useInterval(dwellMs, () => setState({ key, position: nextPosition(position, steps.length) }), running);
  if (!enabled) return { code: null, position: OVERVIEW, paused: false };
  return { code: codeAt(steps, position), position, paused: !idle };
}
