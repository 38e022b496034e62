import { z } from 'zod/mini';
import { LevelSchema, NameSchema, RegionCodeSchema } from './common';

/** [longitude, latitude] in WGS-84 degrees; a swapped pair fails the range check for China. */
const PositionSchema = z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]);

/**
 * A linear ring. Closed and ≥ 4 positions per RFC 7946, but not checked here: an unclosed ring
 * is closed and a ring of < 3 distinct points refused per region by src/lib/geometry-repair.ts,
 * so one bad outline names its region instead of taking down the whole map (docs/api.md).
 */
const RingSchema = z.array(PositionSchema);

const PolygonSchema = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(RingSchema).check(z.minLength(1, 'a polygon needs an outer ring')),
});
const MultiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z
    .array(z.array(RingSchema).check(z.minLength(1)))
    .check(z.minLength(1, 'a multipolygon needs a polygon')),
});
const PointSchema = z.object({ type: z.literal('Point'), coordinates: PositionSchema });

export const GeometrySchema = z.discriminatedUnion('type', [PolygonSchema, MultiPolygonSchema, PointSchema]);
export type Geometry = z.infer<typeof GeometrySchema>;

export const BoundaryFeatureSchema = z.object({
  type: z.literal('Feature'),
  /** Same as properties.code. */
  id: z.optional(RegionCodeSchema),
  geometry: GeometrySchema,
  /** `name` official, `shortName` the optional display name (as in RegionRefSchema). */
  properties: z.object({
    code: RegionCodeSchema,
    name: NameSchema,
    shortName: z.optional(NameSchema),
    level: LevelSchema,
  }),
});
export type BoundaryFeature = z.infer<typeof BoundaryFeatureSchema>;

/** The children of a region as GeoJSON (RFC 7946, WGS-84 lng/lat). Buildings may be Points. */
export const BoundariesSchema = z.object({
  type: z.literal('FeatureCollection'),
  /** The region whose children these are. */
  parent: RegionCodeSchema,
  features: z.array(BoundaryFeatureSchema),
});
export type Boundaries = z.infer<typeof BoundariesSchema>;
