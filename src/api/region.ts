import { z } from 'zod';
import { CODE_LENGTH, LevelSchema, NameSchema, RegionCodeSchema } from './common';

export const RegionRefSchema = z
  .strictObject({ code: RegionCodeSchema, name: NameSchema, level: LevelSchema })
  .refine((r) => r.code.length === CODE_LENGTH[r.level], {
    message: 'code length does not match level',
    path: ['code'],
  });
export type RegionRef = z.infer<typeof RegionRefSchema>;

/** [west, south, east, north] in WGS-84 degrees. */
export const BBoxSchema = z
  .tuple([
    z.number().min(-180).max(180),
    z.number().min(-90).max(90),
    z.number().min(-180).max(180),
    z.number().min(-90).max(90),
  ])
  .refine(([w, s, e, n]) => w <= e && s <= n, { message: 'bbox must be [west, south, east, north]' });
export type BBox = z.infer<typeof BBoxSchema>;

/** A region with its path from the root and its direct children. */
export const RegionSchema = z
  .strictObject({
    code: RegionCodeSchema,
    name: NameSchema,
    level: LevelSchema,
    /** Root first, parent last; empty for the root. */
    ancestors: z.array(RegionRefSchema),
    children: z.array(RegionRefSchema),
    bbox: BBoxSchema,
  })
  .superRefine((r, ctx) => {
    r.children.forEach((c, i) => {
      if (!c.code.startsWith(r.code)) {
        ctx.addIssue({
          code: 'custom',
          message: `child ${c.code} is not inside ${r.code}`,
          path: ['children', i, 'code'],
        });
      }
    });
  });
export type Region = z.infer<typeof RegionSchema>;
