import { z } from 'zod/mini';
import { CODE_LENGTH, LevelSchema, NameSchema, RegionCodeSchema } from './common';

export const RegionRefSchema = z.object({ code: RegionCodeSchema, name: NameSchema, level: LevelSchema }).check(
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
    name: NameSchema,
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
