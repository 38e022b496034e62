// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CODE_LENGTH } from '@/api/common';
import { allRegions, AS_OF, county, SEED } from '../test-fixtures';
import { Dataset } from './dataset';
import { ROW } from './fields';

/** Code ranges of the last three digits (docs/indicators.md "Levels and codes"). */
const RANGES = {
  street: [1, 99],
  town: [100, 199],
  township: [200, 399],
  community: [1, 199],
  village: [200, 399],
} as const;

describe('region tree', () => {
  const ds = county();
  const regions = allRegions(ds.root);

  it('has the county shape: ~8 towns, ~60 communities, 304 grids', () => {
    expect(ds.root.children).toHaveLength(8);
    expect(regions.filter((r) => r.level === 'community')).toHaveLength(60);
    expect(ds.tree.grids).toHaveLength(304);
  });

  it('uses well-formed codes: lengths by level, ranges by kind, children prefixed by their parent', () => {
    for (const r of regions) {
      expect(r.code).toMatch(/^\d+$/);
      expect(r.code.length).toBe(CODE_LENGTH[r.level]);
      if (r.parent) expect(r.code.startsWith(r.parent.code)).toBe(true);
      const part = Number(r.code.slice(-3));
      const range = r.kind ? RANGES[r.kind] : null;
      if (range) expect(part >= range[0] && part <= range[1], `${r.code} ${r.kind}`).toBe(true);
      if (r.level === 'grid') expect(part).toBeGreaterThanOrEqual(1);
      expect(new Set(r.children.map((c) => c.name)).size).toBe(r.children.length);
      expect(new Set(r.children.map((c) => c.code)).size).toBe(r.children.length);
    }
    expect(ds.root.children.some((t) => t.name.endsWith('街道'))).toBe(true);
    expect(regions.some((r) => r.name.endsWith('村'))).toBe(true);
  });

  it('keeps every grid between 300 and 500 households except the seed communities and tiny grids', () => {
    const ordinary = ds.tree.grids.filter((g) => g.traits.special === null && g.residents >= 50);
    for (const g of ordinary) {
      expect(g.households).toBeGreaterThanOrEqual(300);
      expect(g.households).toBeLessThanOrEqual(500);
      expect(g.residents / g.households).toBeGreaterThanOrEqual(2.49);
      expect(g.residents / g.households).toBeLessThanOrEqual(3.51);
    }
    expect(ds.tree.grids.filter((g) => g.residents < 50).length).toBeGreaterThanOrEqual(1);
  });

  it('reproduces the seed figures: 304 grid heads, 2,073 part-time workers, the relocation community', () => {
    expect(ds.tree.grids.reduce((s, g) => s + g.partTimeWorkers, 0)).toBe(2073);
    const relocation = ds.tree.grids.find((g) => g.traits.special === 'relocation');
    expect(relocation?.households).toBe(343);
    expect(relocation?.residents).toBe(1881);
    const minority = (relocation?.residents ?? 0) - (relocation?.ethnic[0] ?? 0);
    expect(minority / 1881).toBeCloseTo(0.66, 2);
    expect(Array.from(relocation?.ethnic ?? []).filter((n, i) => i > 0 && n > 0)).toHaveLength(7);
  });
});

describe('determinism', () => {
  it('same seed and date ⇒ identical data; another seed ⇒ different data', () => {
    const a = new Dataset({ seed: SEED, asOf: AS_OF });
    const b = new Dataset({ seed: SEED, asOf: AS_OF });
    const c = new Dataset({ seed: SEED + 1, asOf: AS_OF });
    const snapshot = (d: Dataset): string =>
      JSON.stringify({
        tree: allRegions(d.root).map((r) => [r.code, r.name]),
        people: d.tree.grids.map((g) => [g.households, Array.from(g.ethnic)]),
        rows: Array.from(d.rows(d.root)),
        geometry: d.childGeometries(d.root),
        grid: d.geometry(d.tree.grids[17]?.node ?? d.root),
      });
    const snapA = snapshot(a);
    expect(snapshot(b)).toBe(snapA);
    expect(snapshot(c)).not.toBe(snapA);
  });

  it('has 24 months ending at asOf, the last month partial', () => {
    const d = county();
    expect(d.lastMonth - d.firstMonth + 1).toBe(24);
    expect(d.lastMonthDays).toBe(22);
    expect(d.rows(d.root)).toHaveLength(24 * ROW);
  });

  it('builds the county tree fast enough for the browser (< 150 ms)', () => {
    const started = performance.now();
    new Dataset({ seed: 99, asOf: AS_OF });
    expect(performance.now() - started).toBeLessThan(150);
  });
});
