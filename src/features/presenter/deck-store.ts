import { useCallback, useSyncExternalStore } from 'react';
import { EMPTY_STORE } from './deck-ops';
import { DeckStoreSchema, type DeckStore } from './deck-schema';

/** localStorage key; the version inside the value lets a later release migrate old decks. */
export const DECK_STORAGE_KEY = 'shiliu.decks';

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: DeckStore = EMPTY_STORE;

function readRaw(): string | null {
  try {
    return localStorage.getItem(DECK_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Parses what is stored; anything unreadable reads as no decks (and is not overwritten until an edit). */
export function parseStore(raw: string | null): DeckStore {
  if (!raw) return EMPTY_STORE;
  try {
    const parsed = DeckStoreSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : EMPTY_STORE;
  } catch {
    return EMPTY_STORE;
  }
}

function getSnapshot(): DeckStore {
  const raw = readRaw();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = parseStore(raw);
  }
  return cached;
}

function onStorage(e: StorageEvent) {
  if (e.key === DECK_STORAGE_KEY || e.key === null) for (const l of [...listeners]) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab editing the same decks shows up here too.
  if (listeners.size === 1) window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** Writes the store; returns an error text when the browser refuses (quota, private mode). */
export function saveStore(store: DeckStore): string | null {
  try {
    localStorage.setItem(DECK_STORAGE_KEY, JSON.stringify(store));
  } catch (e) {
    return `无法保存到浏览器：${(e as Error).message}`;
  }
  for (const l of [...listeners]) l();
  return null;
}

/** The decks kept in this browser, and an updater that applies a pure edit (deck-ops.ts). */
export function useDeckStore(): [DeckStore, (edit: (store: DeckStore) => DeckStore) => string | null] {
  const store = useSyncExternalStore(subscribe, getSnapshot, () => EMPTY_STORE);
  const update = useCallback((edit: (store: DeckStore) => DeckStore) => {
    const current = getSnapshot();
    const next = edit(current);
    return next === current ? null : saveStore(next);
  }, []);
  return [store, update];
}
