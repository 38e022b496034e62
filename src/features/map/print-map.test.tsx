import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Boundaries } from '@/api/boundaries';
import type { ChildMetric } from '@/api/indicators';
import { metaQueries, regionQueries } from '@/api/queries';
import type { Region } from '@/api/region';
import { testMeta } from '@/testing/render';
import { PrintMap } from './print-map';

const CODE = '522701';
const square = (w: number): [number, number][] => [
  [w, 26],
  [w + 0.1, 26],
  [w + 0.1, 26.1],
  [w, 26.1],
  [w, 26],
];
const town = (n: number, name: string) => ({
  type: 'Feature' as const,
  geometry: { type: 'Polygon' as const, coordinates: [square(107 + n * 0.1)] },
  properties: { code: `${CODE}00${n}`, name, level: 'town' as const },
});

const region: Region = {
  code: CODE,
  name: '演示县',
  level: 'county',
  ancestors: [],
  children: [1, 2, 3].map((n) => ({ code: `${CODE}00${n}`, name: `镇${n}`, level: 'town' as const })),
  bbox: [106.9, 25.9, 107.6, 26.2],
};
const boundaries = {
  type: 'FeatureCollection',
  parent: CODE,
  features: [town(1, '有数镇'), town(2, '<b>不公开镇</b>'), town(3, '无数据镇')],
} as Boundaries;
const values: ChildMetric = {
  code: CODE,
  coverage: { period: '2026', from: '2026-01', to: '2026-11', months: 11 },
  metric: 'residents',
  values: [
    { code: `${CODE}001`, name: '有数镇', value: { numerator: 1200, denominator: 1200, value: 1200 } },
    { code: `${CODE}002`, name: '不公开镇', value: { suppressed: true, reason: 'small-unit' } },
  ],
};

function renderWithData(withValues = true) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(metaQueries.all().queryKey, testMeta);
  client.setQueryData(regionQueries.detail(CODE).queryKey, region);
  client.setQueryData(regionQueries.boundaries(CODE).queryKey, boundaries);
  if (withValues) client.setQueryData(regionQueries.childMetric(CODE, 'residents', '2026').queryKey, values);
  return render(
    <QueryClientProvider client={client}>
      <PrintMap code={CODE} period="2026" metric="residents" />
    </QueryClientProvider>,
  );
}

afterEach(cleanup);

describe('PrintMap', () => {
  it('draws each child as a vector path: coloured, hatched when withheld, dashed without data', () => {
    const { container } = renderWithData();
    const map = screen.getByRole('img', { name: '常住人口分级着色，共 3 个区域' });
    const fill = (n: number) => map.querySelector(`path[data-code="${CODE}00${n}"]`);
    expect(fill(1)?.getAttribute('fill')).toMatch(/^#|^rgb/);
    expect(fill(2)?.getAttribute('fill')).toMatch(/^url\(#print-map-hatch-[\w-]+\)$/);
    const hatchId = fill(2)?.getAttribute('fill')?.slice(5, -1) ?? '';
    expect(container.querySelector(`pattern[id="${hatchId}"]`)).not.toBeNull();
    expect(fill(3)?.getAttribute('stroke-dasharray')).toBe('4 4');
    // Names as text, markup and all; the legend counts withheld and missing children.
    expect(map.textContent).toContain('<b>不公开镇</b>');
    expect(screen.getByRole('group', { name: /图例：常住人口/ })).toHaveTextContent('不公开（隐私规则）1 个');
    expect(screen.getByRole('figure', { name: '区域地图' })).toHaveAttribute('aria-busy', 'false');
  });

  it('holds printing back (aria-busy) while the metric is still loading', () => {
    renderWithData(false);
    expect(screen.getByRole('figure', { name: '区域地图' })).toHaveAttribute('aria-busy', 'true');
  });
});
