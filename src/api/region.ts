import { z } from 'zod/mini';
import { CODE_LENGTH, LevelSchema, NameSchema, RegionCodeSchema } from './common';

/**
 * `name` is the official name (红土田社区居民委员会): tables, exports, tooltips. `shortName`, when
 * sent, is the display name (红土田社区) for maps, rankings and titles; without it the client
 * derives one (src/lib/region-name.ts, docs/api.md "Names").
 */
const names = { name: NameSchema, shortName: z.optional(NameSchema) };

export const RegionRefSchema = z.object({ code: RegionCodeSchema, ...names, level: LevelSchema }).check(
  z.refine((r) => r.code.length === CODE_LENGTH[r.level], {
    message: 'code length does not match level',
    path: ['code'],
  }),
);
export type RegionRef = z.infer<typeof RegionRefSchema>;

/** [west, south, east, north] in WGS-84 degrees. */
export const BBoxSchema = z
  .tuple([
    z.number().check(z.gte(-180), z.lte(180)),
    z.number().check(z.gte(-90), z.lte(90)),
    z.number().check(z.gte(-180), z.lte(180)),
    z.number().check(z.gte(-90), z.lte(90)),
  ])
  .check(z.refine(([w, s, e, n]) => w <= e && s <= n, { message: 'bbox must be [west, south, east, north]' }));
export type BBox = z.infer<typeof BBoxSchema>;

/** A region with its path from the root and its direct children. */
export const RegionSchema = z
  .object({
    code: RegionCodeSchema,
    ...names,
    level: LevelSchema,
    /** Root first, parent last; empty for the root. */
    ancestors: z.array(RegionRefSchema),
    children: z.array(RegionRefSchema),
    bbox: BBoxSchema,
  })
  .check(
    z.superRefine((r, ctx) => {
      r.children.forEach((c, i) => {
        if (!c.code.startsWith(r.code)) {
          ctx.addIssue({
            code: 'custom',
            message: `child ${c.code} is not inside ${r.code}`,
            path: ['children', i, 'code'],
          });
        }
      });
    }),
  );
export type Region = z.infer<typeof RegionSchema>;
