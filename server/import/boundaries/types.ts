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
  /** Official name (红土田社区居民委员会): tables and exports. */
  name: string;
  /**
   * Display name (红土田社区): the code list's 简称, else the file's short-name property, else
   * derived from the name (src/lib/region-name.ts). null only until the tree is built.
   */
  shortName: string | null;
  level: 'county' | 'town' | 'community' | 'grid' | 'building';
  parent: string | null;
  /** Polygonal, or a Point for a building. */
  geometry: Polygonal | { type: 'Point'; coordinates: Position };
  /** Made as the union of its children. */
  dissolved: boolean;
  feature: number | null;
}
