import { describe, expect, it } from 'vitest';
import { geometryBox, labelAnchor } from './geometry';
import { estimateTextWidth, placeLabels, type LabelCandidate } from './label-placement';

const viewport = { width: 800, height: 600 };
const cand = (code: string, x: number, y: number, width: number, height: number, text = '团结镇'): LabelCandidate => ({
  code,
  text,
  x,
  y,
  width,
  height,
});

describe('placeLabels', () => {
  it('shows a name only where the region is big enough on screen', () => {
    expect(placeLabels([cand('big', 100, 100, 200, 100), cand('small', 400, 400, 30, 10)], viewport, 14)).toEqual([
      'big',
    ]);
  });

  it('drops a name that would overlap a larger region’s name', () => {
    const shown = placeLabels([cand('a', 100, 100, 200, 100), cand('b', 110, 105, 150, 80)], viewport, 14);
    expect(shown).toEqual(['a']);
  });

  it('drops names that would spill out of the viewport, and caps the count', () => {
    expect(placeLabels([cand('edge', 5, 100, 400, 400)], viewport, 14)).toEqual([]);
    const many = Array.from({ length: 20 }, (_, i) =>
      cand(`c${i}`, 50 + (i % 5) * 150, 50 + Math.floor(i / 5) * 120, 140, 100, '镇'),
    );
    expect(placeLabels(many, viewport, 14, 7)).toHaveLength(7);
  });

  it('estimates CJK wider than Latin', () => {
    expect(estimateTextWidth('团结镇', 10)).toBe(30);
    expect(estimateTextWidth('abc', 10)).toBeCloseTo(18);
  });
});

describe('geometry helpers', () => {
  const square = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
        [0, 0],
      ] as [number, number][],
    ],
  };
  it('anchors a label at the centroid of the largest ring', () => {
    expect(labelAnchor(square)).toEqual([1, 1]);
    const multi = {
      type: 'MultiPolygon' as const,
      coordinates: [
        [
          [
            [10, 10],
            [10.1, 10],
            [10.1, 10.1],
            [10, 10],
          ] as [number, number][],
        ],
        square.coordinates,
      ],
    };
    expect(labelAnchor(multi)).toEqual([1, 1]);
  });

  it('computes bounding boxes', () => {
    expect(geometryBox(square)).toEqual([0, 0, 2, 2]);
    expect(geometryBox({ type: 'Point', coordinates: [3, 4] })).toEqual([3, 4, 3, 4]);
  });
});
