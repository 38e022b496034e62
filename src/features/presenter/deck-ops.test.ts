import { describe, expect, it } from 'vitest';
import {
  addDeck,
  addScene,
  EMPTY_STORE,
  importDeck,
  move,
  moveScene,
  removeDeck,
  removeScene,
  updateScene,
} from './deck-ops';
import type { Deck, Scene } from './deck-schema';
import { clickerAction, stepIndex } from './clicker-keys';

const NOW = '2026-11-22T08:00:00.000Z';
const scene = (id: string): Scene => ({
  id,
  region: '532398001000',
  period: '2026-10',
  metric: null,
  focus: null,
  title: `场景 ${id}`,
  takeaway: '',
  theme: 'light',
});
const deck = (id: string, scenes: Scene[] = []): Deck => ({ id, name: id, scenes, updatedAt: 'old' });

describe('deck edits', () => {
  it('moves an item and leaves out-of-range moves alone', () => {
    expect(move(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(move(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    const same = ['a', 'b'];
    expect(move(same, 0, 2)).toBe(same);
    expect(move(same, -1, 0)).toBe(same);
  });

  it('reorders scenes of one deck only and stamps it', () => {
    let store = addDeck(
      addDeck(EMPTY_STORE, deck('d1', [scene('1'), scene('2'), scene('3')])),
      deck('d2', [scene('x')]),
    );
    store = moveScene(store, 'd1', 2, 0, NOW);
    expect(store.decks[0]?.scenes.map((s) => s.id)).toEqual(['3', '1', '2']);
    expect(store.decks[0]?.updatedAt).toBe(NOW);
    expect(store.decks[1]?.updatedAt).toBe('old');
    expect(moveScene(store, 'd1', 0, 5, NOW)).toBe(store);
  });

  it('adds, edits and removes scenes', () => {
    let store = addDeck(EMPTY_STORE, deck('d1'));
    store = addScene(store, 'd1', scene('1'), NOW);
    store = addScene(store, 'd1', scene('2'), NOW);
    store = updateScene(store, 'd1', '2', { title: '城关镇', focus: 'disputes' }, NOW);
    expect(store.decks[0]?.scenes[1]).toMatchObject({ title: '城关镇', focus: 'disputes' });
    store = removeScene(store, 'd1', '1', NOW);
    expect(store.decks[0]?.scenes.map((s) => s.id)).toEqual(['2']);
    expect(removeScene(store, 'd1', 'nope', NOW)).toBe(store);
  });

  it('imports a deck beside one with the same id, and removing the active deck picks another', () => {
    let store = addDeck(EMPTY_STORE, deck('d1', [scene('1')]));
    store = importDeck(store, deck('d1', [scene('2')]), NOW);
    expect(store.decks).toHaveLength(2);
    expect(store.decks[1]?.id).not.toBe('d1');
    expect(store.activeId).toBe(store.decks[1]?.id);
    store = removeDeck(store, store.activeId ?? '');
    expect(store.decks.map((d) => d.id)).toEqual(['d1']);
    expect(store.activeId).toBe('d1');
  });
});

describe('clicker keys', () => {
  const key = (k: string, shiftKey = false) => ({ key: k, shiftKey, ctrlKey: false, altKey: false, metaKey: false });
  it('maps what clickers and keyboards send', () => {
    for (const k of ['PageDown', 'ArrowRight', 'ArrowDown', ' ']) expect(clickerAction(key(k))).toBe('next');
    for (const k of ['PageUp', 'ArrowLeft', 'ArrowUp']) expect(clickerAction(key(k))).toBe('previous');
    expect(clickerAction(key(' ', true))).toBe('previous');
    expect(clickerAction(key('Escape'))).toBe('exit');
    expect(clickerAction({ ...key('ArrowRight'), ctrlKey: true })).toBeNull();
    expect(clickerAction(key('a'))).toBeNull();
  });
  it('stays inside the deck', () => {
    expect(stepIndex(0, 3, 'previous')).toBe(0);
    expect(stepIndex(2, 3, 'next')).toBe(2);
    expect(stepIndex(1, 3, 'next')).toBe(2);
    expect(stepIndex(1, 3, 'first')).toBe(0);
    expect(stepIndex(0, 3, 'last')).toBe(2);
  });
});
