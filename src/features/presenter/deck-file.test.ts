import { describe, expect, it } from 'vitest';
import { deckFileName, parseDeckFile, toDeckFile } from './deck-file';
import type { Deck } from './deck-schema';
import { parseStore } from './deck-store';

const deck: Deck = {
  id: 'd1',
  name: '11月 汇报会/石榴县',
  updatedAt: '2026-11-22T08:00:00.000Z',
  scenes: [
    {
      id: 's1',
      region: '532398001000',
      period: '2026-Q3',
      metric: 'minorityShare',
      focus: 'ethnic',
      title: '城关镇 · 2026年第3季度',
      takeaway: '少数民族占比稳定',
      theme: 'light',
    },
  ],
};
const parse = (text: string) => parseDeckFile(text, new TextEncoder().encode(text).length);

describe('deck files', () => {
  it('round-trips an exported deck', () => {
    const result = parse(toDeckFile(deck, '2026-11-22T09:00:00.000Z'));
    expect(result).toEqual({ ok: true, deck });
  });

  it('names the file without characters file systems refuse', () => {
    expect(deckFileName(deck, '2026-11-22T09:00:00.000Z')).toBe('11月_汇报会_石榴县_2026-11-22.deck.json');
  });

  it('refuses malformed JSON', () => {
    const r = parse('{"format": "shiliu-deck", ');
    expect(r).toEqual({ ok: false, message: expect.stringContaining('不是有效的 JSON') });
  });

  it('refuses a JSON file that is not a deck', () => {
    expect(parse('[1, 2, 3]')).toEqual({ ok: false, message: expect.stringContaining('不是石榴籽演示文稿文件') });
  });

  it('names the field that is wrong', () => {
    const file = JSON.parse(toDeckFile(deck, 'now')) as { deck: { scenes: Record<string, unknown>[] } };
    file.deck.scenes[0]!.period = 42;
    file.deck.scenes[0]!.theme = 'neon';
    const r = parse(JSON.stringify(file));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('场景列表 › 第 1 项 › 统计期缺失或类型不对');
      expect(r.message).toContain('主题的取值不被支持');
    }
  });

  it('refuses a region code that is not a code (a script in a hostile file)', () => {
    const file = JSON.parse(toDeckFile(deck, 'now')) as { deck: { scenes: Record<string, unknown>[] } };
    file.deck.scenes[0]!.region = '<img src=x onerror=alert(1)>';
    expect(parse(JSON.stringify(file))).toEqual({ ok: false, message: expect.stringContaining('区域代码格式不对') });
  });

  it('refuses a file from a newer version, saying so', () => {
    const file = JSON.parse(toDeckFile(deck, 'now')) as { version: number };
    file.version = 2;
    expect(parse(JSON.stringify(file))).toEqual({ ok: false, message: expect.stringContaining('文件版本为 2') });
  });

  it('refuses a file over 1 MB before parsing it', () => {
    const r = parseDeckFile(toDeckFile(deck, 'now'), 1024 * 1024 + 1);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('文件过大') });
  });

  it('reads damaged or unknown stored decks as none', () => {
    expect(parseStore('not json').decks).toEqual([]);
    expect(parseStore(JSON.stringify({ version: 9, decks: [], activeId: null })).decks).toEqual([]);
    const ok = JSON.stringify({ version: 1, decks: [deck], activeId: 'd1' });
    expect(parseStore(ok).decks).toEqual([deck]);
  });
});
