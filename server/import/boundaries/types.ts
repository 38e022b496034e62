import type { Polygonal, Position } from './repair';

/** One feature as read from the file, before any check. `index` is 1-based, in file order. */
export interface RawFeature {
  index: number;
  properties: Record<string, unknown>;
  geometry: unknown;
}

/** What a reader hands over: the features, and the CRS the file declares (if any). */
export interface BoundarySource {
  file: string;
  format: 'geojson' | 'shapefile';
  features: RawFeature[];
  /** .prj text (Shapefile) or the legacy GeoJSON `crs` name. */
  declaredCrs: string | null;
  /** Attribute names present (for "which field is the code?" messages). */
  fields: string[];
}

/** A fault or a note about one feature or one parent, in Chinese. */
export interface BoundaryIssue {
  severity: 'error' | 'warning';
  /** Stable id of the check (docs/import.md lists them). */
  check: string;
  message: string;
}

/** The whole file is refused before its features are looked at. */
export class BoundaryFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BoundaryFileError';
  }
}

/** A region ready to be stored: code, names, level, parent, repaired WGS-84 geometry. */
export interface RegionDraft {
  code: string;
  name: string;
  shortName: string;
  level: 'county' | 'town' | 'community' | 'grid' | 'building';
  parent: string | null;
  /** Polygonal, or a Point for a building. */
  geometry: Polygonal | { type: 'Point'; coordinates: Position };
  /** Made as the union of its children. */
  dissolved: boolean;
  feature: number | null;
}
