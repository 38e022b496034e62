/**
 * The boundary import's door to geometry repair. The rules live in ONE shared module,
 * src/lib/geometry-repair.ts, used by the map and the import alike; this adapter only turns
 * the repair codes into the Chinese words of the import report.
 */
import type { GeometryFault, Polygonal } from '@/lib/geometry-repair';
import { GEOMETRY_REPAIR_TEXT, repairPolygonal as repairShared } from '@/lib/geometry-repair';

export type { GeometryFault, Polygonal, PolygonCoords, Position } from '@/lib/geometry-repair';
export { GEOMETRY_FAULT_TEXT } from '@/lib/geometry-repair';

export type RepairResult = { ok: true; geometry: Polygonal; repairs: string[] } | { ok: false; fault: GeometryFault };

export function repairPolygonal(geometry: Polygonal): RepairResult {
  const result = repairShared(geometry);
  if (!result.ok) return result;
  return { ok: true, geometry: result.geometry, repairs: result.repairs.map((r) => GEOMETRY_REPAIR_TEXT[r]) };
}
