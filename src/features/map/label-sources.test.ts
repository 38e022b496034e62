import { describe, expect, it } from 'vitest';
import type { Boundaries, BoundaryFeature } from '@/api/boundaries';
import { sampleSites, tile } from '../../../mocks/generator/geometry';
import { rngFor } from '../../../mocks/generator/prng';
import { createMockAnswers } from '../../../mocks/handlers';
import { labelCandidates, labelSources, type Project } from './label-sources';
import { placeLabels } from './label-placement';
import { buildMapModel } from './map-model';

/** A town map as the dashboard shows it (the issue measured 0 of 30 labels here), 0.875rem labels. */
const VIEWPORT = { width: 600, height: 420 };
const FONT_PX = 14;

/** Web Mercator fitted to the viewport, as Leaflet's fitBounds does (fractional zoom). */
function fitProjection(fc: Boundaries): Project {
  const merc = (lng: number, lat: number) => ({
    x: (lng * Math.PI) / 180,
    y: Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)),
  });
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of fc.features) {
    const rings =
      f.geometry.type === 'Polygon'
        ? f.geometry.coordinates
        : f.geometry.type === 'MultiPolygon'
          ? f.geometry.coordinates.flat()
          : [];
    for (const [x, y] of rings.flat()) {
      const p = merc(x, y);
      w = Math.min(w, p.x);
      e = Math.max(e, p.x);
      s = Math.min(s, p.y);
      n = Math.max(n, p.y);
    }
  }
  const pad = 20;
  const scale = Math.min((VIEWPORT.width - 2 * pad) / (e - w), (VIEWPORT.height - 2 * pad) / (n - s));
  const ox = (VIEWPORT.width - (e - w) * scale) / 2;
  const oy = (VIEWPORT.height - (n - s) * scale) / 2;
  return (lng, lat) => {
    const p = merc(lng, lat);
    return { x: ox + (p.x - w) * scale, y: oy + (n - p.y) * scale };
  };
}

/** Place words of real Yunnan villages and communities (红土田, 狮高 …). */
const PLACES = [
  '红土田',
  '狮高',
  '曼短',
  '曼稿',
  '勐混',
  '象山',
  '城关',
  '大坪',
  '小坝',
  '河边',
  '新寨',
  '老寨',
  '中寨',
  '营盘',
  '龙塘',
  '石洞',
  '水井',
  '松林',
  '凤凰',
  '团结',
  '曼贺',
  '曼蚌',
  '南糯',
  '帕沙',
  '贺开',
  '曼迈',
  '勐翁',
  '曼拉',
  '帕真',
  '勐往',
];

/**
 * A town cut into 30 communities and villages the way the mock generator cuts a county, named
 * with the official names of the statistical division code list (…社区居民委员会, …村民委员会)
 * and no `shortName`: what a real back end sends.
 */
async function townWithOfficialNames(): Promise<Boundaries> {
  const answers = createMockAnswers();
  const meta = await answers.meta();
  const towns = await answers.boundaries(meta.rootCode, null);
  const town = towns.features.find((f) => f.properties.name === '羊街镇') ?? towns.features[0];
  if (!town || town.geometry.type === 'Point') throw new Error('no town outline');
  const outline =
    town.geometry.type === 'Polygon'
      ? [town.geometry.coordinates[0] ?? []]
      : town.geometry.coordinates.map((p) => p[0] ?? []);
  const rings = outline.map((r) => r.map(([x, y]) => [x, y] as [number, number]));
  const pieces = tile(rings, sampleSites(rngFor(7, 'long-names'), rings, 30), true);
  const features: BoundaryFeature[] = pieces.map((piece, i) => {
    const code = `${town.properties.code}${String(i < 10 ? i + 1 : 190 + i).padStart(3, '0')}`;
    const name = i < 10 ? `${PLACES[i]}社区居民委员会` : `${PLACES[i]}村民委员会`;
    return {
      type: 'Feature',
      geometry: { type: 'MultiPolygon', coordinates: piece.map((ring) => [ring]) },
      properties: { code, name, level: 'community' },
    };
  });
  return { type: 'FeatureCollection', parent: town.properties.code, features };
}

describe('labels of a town with long official names', () => {
  it('label most of its 30 communities with their short names, not none', async () => {
    const fc = await townWithOfficialNames();
    expect(fc.features).toHaveLength(30);
    const sources = labelSources(fc.features);
    const project = fitProjection(fc);
    const shown = placeLabels(labelCandidates(sources, project, VIEWPORT), VIEWPORT, FONT_PX);
    const texts = sources.filter((s) => shown.includes(s.code)).map((s) => s.text);
    // The same layout with the official names on it fits (almost) none: what users saw.
    const official = labelCandidates(sources, project, VIEWPORT).map((c) => ({
      ...c,
      text: fc.features.find((f) => f.properties.code === c.code)?.properties.name ?? c.text,
    }));
    const shownOfficial = placeLabels(official, VIEWPORT, FONT_PX);
    expect(shownOfficial.length).toBeLessThanOrEqual(3);
    expect(shown.length).toBeGreaterThanOrEqual(20);
    expect(texts).toEqual(expect.arrayContaining(['狮高社区', '曼贺村']));
    expect(texts.every((t) => /^.{2,4}(社区|村)$/.test(t))).toBe(true);
  });

  it('shows the API’s shortName when it sends one', () => {
    const [source] = labelSources([
      {
        type: 'Feature',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [100, 22],
              [100.1, 22],
              [100.1, 22.1],
              [100, 22],
            ],
          ],
        },
        properties: { code: '532822200', name: '西定哈尼族布朗族乡', shortName: '西定乡', level: 'town' },
      },
    ]);
    expect(source?.text).toBe('西定乡');
  });
});

describe('the tooltip of a child with a long official name', () => {
  it('keeps the official name while the label shows the short one', async () => {
    const fc = await townWithOfficialNames();
    const first = fc.features[0];
    if (!first) throw new Error('no feature');
    const model = buildMapModel({
      code: fc.parent,
      level: 'town',
      children: fc.features.map((f) => ({ code: f.properties.code, name: f.properties.name })),
      geometryProblem: null,
      metric: { id: 'residents', name: '常住人口', kind: 'count', unit: '人' },
      values: null,
      checked: null,
      summary: null,
      method: 'quantile',
      theme: 'dark',
      suppressedFill: '#333',
    });
    expect(model.tooltip(first.properties.code).name).toBe('红土田社区居民委员会');
    expect(labelSources([first])[0]?.text).toBe('红土田社区');
  });
});
