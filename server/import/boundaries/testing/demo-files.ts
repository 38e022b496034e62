import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDataset } from '@mocks/generator/dataset';
import type { Dataset } from '@mocks/generator/dataset';
import type { RegionNode } from '@mocks/generator/tree-types';

/** The demo county of a fixed day (the same every run). */
export function demoDataset(): Dataset {
  return getDataset({ size: 'county', asOf: '2026-11-22T00:00:00Z' });
}

function polygonOf(ds: Dataset, node: RegionNode): { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } {
  const rings = ds.geometry(node);
  return rings.length === 1
    ? { type: 'Polygon', coordinates: [rings[0]] }
    : { type: 'MultiPolygon', coordinates: rings.map((r) => [r]) };
}

function gridsBelow(node: RegionNode): RegionNode[] {
  return node.level === 'grid' ? [node] : node.children.flatMap(gridsBelow);
}

/** A FeatureCollection of the grids below `node` (code/name properties, WGS-84), like a grid system's export. */
export function demoGridCollection(
  ds: Dataset,
  node: RegionNode = ds.root,
  props = (n: RegionNode) => ({ code: n.code, name: n.name }),
) {
  return {
    type: 'FeatureCollection',
    features: gridsBelow(node).map((g) => ({ type: 'Feature', properties: props(g), geometry: polygonOf(ds, g) })),
  };
}

/** The code list of every region above the grids: `代码,名称` CSV text. */
export function demoCodesCsv(ds: Dataset): string {
  const lines = ['代码,名称'];
  const visit = (n: RegionNode): void => {
    if (n.level === 'grid') return;
    lines.push(`${n.code},${n.name}`);
    n.children.forEach(visit);
  };
  visit(ds.root);
  return `${lines.join('\r\n')}\r\n`;
}

/** Writes grids.geojson and codes.csv for `node` into `dir`; returns their paths. */
export function writeDemoFiles(dir: string, ds: Dataset, node: RegionNode = ds.root): { grids: string; codes: string } {
  const grids = join(dir, 'grids.geojson');
  const codes = join(dir, 'codes.csv');
  writeFileSync(grids, JSON.stringify(demoGridCollection(ds, node)));
  writeFileSync(codes, demoCodesCsv(ds));
  return { grids, codes };
}
