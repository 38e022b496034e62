import { useSyncExternalStore } from 'react';

/**
 * UI state of the presenter feature shared by the header button, the editor, the presenting
 * bar and the print view. The running presentation (deck + scene) is kept in sessionStorage so
 * a reload in the middle of a meeting comes back on the same scene.
 */
export interface PresenterState {
  editorOpen: boolean;
  /** The deck being presented and the index of the scene on screen. */
  presenting: { deckId: string; index: number } | null;
  /** The deck shown in the print view, or null. */
  printDeckId: string | null;
}

const SESSION_KEY = 'shiliu.presenting';
const listeners = new Set<() => void>();

function readSession(): PresenterState['presenting'] {
  try {
    const v = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as unknown;
    if (v && typeof v === 'object' && typeof (v as { deckId?: unknown }).deckId === 'string') {
      const index = Number((v as { index?: unknown }).index);
      return { deckId: (v as { deckId: string }).deckId, index: Number.isInteger(index) && index >= 0 ? index : 0 };
    }
  } catch {
    // Unreadable: start without a presentation.
  }
  return null;
}

let state: PresenterState = { editorOpen: false, presenting: null, printDeckId: null };
let loaded = false;

function snapshot(): PresenterState {
  if (!loaded && typeof sessionStorage !== 'undefined') {
    loaded = true;
    state = { ...state, presenting: readSession() };
  }
  return state;
}

export function setPresenterState(patch: Partial<PresenterState>): void {
  state = { ...snapshot(), ...patch };
  if ('presenting' in patch) {
    try {
      if (state.presenting) sessionStorage.setItem(SESSION_KEY, JSON.stringify(state.presenting));
      else sessionStorage.removeItem(SESSION_KEY);
    } catch {
      // Private mode: the presentation just does not survive a reload.
    }
  }
  for (const l of [...listeners]) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePresenterState(): PresenterState {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
