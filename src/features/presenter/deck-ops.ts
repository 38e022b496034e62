import type { Deck, DeckStore, Scene } from './deck-schema';

/**
 * Pure edits of the stored decks. Every function returns a new store (or the same one when
 * nothing changes), so React state and localStorage see a whole, valid value after each edit.
 */

export function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export const EMPTY_STORE: DeckStore = { version: 1, decks: [], activeId: null };

export function activeDeck(store: DeckStore): Deck | undefined {
  return store.decks.find((d) => d.id === store.activeId) ?? store.decks[0];
}

function mapDeck(store: DeckStore, deckId: string, edit: (deck: Deck) => Deck, now: string): DeckStore {
  let changed = false;
  const decks = store.decks.map((d) => {
    if (d.id !== deckId) return d;
    const next = edit(d);
    if (next === d) return d;
    changed = true;
    return { ...next, updatedAt: now };
  });
  return changed ? { ...store, decks } : store;
}

export function addDeck(store: DeckStore, deck: Deck): DeckStore {
  return { ...store, decks: [...store.decks, deck], activeId: deck.id };
}

/** Adds an imported deck; a deck with the same id is kept and the import gets a fresh id. */
export function importDeck(store: DeckStore, deck: Deck, now: string): DeckStore {
  const clash = store.decks.some((d) => d.id === deck.id);
  return addDeck(store, clash ? { ...deck, id: newId(), updatedAt: now } : deck);
}

export function removeDeck(store: DeckStore, deckId: string): DeckStore {
  const decks = store.decks.filter((d) => d.id !== deckId);
  if (decks.length === store.decks.length) return store;
  return { ...store, decks, activeId: store.activeId === deckId ? (decks[0]?.id ?? null) : store.activeId };
}

export function renameDeck(store: DeckStore, deckId: string, name: string, now: string): DeckStore {
  return mapDeck(store, deckId, (d) => (d.name === name ? d : { ...d, name }), now);
}

export function addScene(store: DeckStore, deckId: string, scene: Scene, now: string): DeckStore {
  return mapDeck(store, deckId, (d) => ({ ...d, scenes: [...d.scenes, scene] }), now);
}

export function updateScene(
  store: DeckStore,
  deckId: string,
  sceneId: string,
  patch: Partial<Omit<Scene, 'id'>>,
  now: string,
): DeckStore {
  return mapDeck(
    store,
    deckId,
    (d) => ({ ...d, scenes: d.scenes.map((s) => (s.id === sceneId ? { ...s, ...patch } : s)) }),
    now,
  );
}

export function removeScene(store: DeckStore, deckId: string, sceneId: string, now: string): DeckStore {
  return mapDeck(
    store,
    deckId,
    (d) => (d.scenes.some((s) => s.id === sceneId) ? { ...d, scenes: d.scenes.filter((s) => s.id !== sceneId) } : d),
    now,
  );
}

/** Moves an item from one index to another; out-of-range moves change nothing. */
export function move<T>(items: readonly T[], from: number, to: number): readonly T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return items;
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

export function moveScene(store: DeckStore, deckId: string, from: number, to: number, now: string): DeckStore {
  return mapDeck(
    store,
    deckId,
    (d) => {
      const scenes = move(d.scenes, from, to);
      return scenes === d.scenes ? d : { ...d, scenes: [...scenes] };
    },
    now,
  );
}
