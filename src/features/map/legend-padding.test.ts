import { describe, expect, it } from 'vitest';
import { legendPadding } from './legend-padding';

describe('legendPadding', () => {
  it('keeps the region clear of the legend on the side that costs less area', () => {
    // Wide map, tall narrow legend: reserve a strip on the left.
    expect(legendPadding({ x: 800, y: 400 }, { width: 150, height: 200 })).toEqual({
      paddingTopLeft: [166, 16],
      paddingBottomRight: [16, 16],
    });
    // Tall map, wide short legend: reserve a strip at the bottom.
    expect(legendPadding({ x: 300, y: 800 }, { width: 200, height: 100 })).toEqual({
      paddingTopLeft: [16, 16],
      paddingBottomRight: [16, 116],
    });
  });

  it('uses the plain margin without a legend', () => {
    expect(legendPadding({ x: 800, y: 400 }, null)).toEqual({ paddingTopLeft: [16, 16], paddingBottomRight: [16, 16] });
  });
});
