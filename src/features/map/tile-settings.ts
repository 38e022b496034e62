import { config } from '@/config/env';

/** An optional XYZ base map. No tiles is the default and a first-class mode (intranets). */
export interface TileSettings {
  url: string;
  attribution: string;
  subdomains: string;
}

/** The configured base map, or null when none is configured (no key or server is built in). */
export function configuredTiles(): TileSettings | null {
  return config.tileUrl === null
    ? null
    : { url: config.tileUrl, attribution: config.tileAttribution, subdomains: config.tileSubdomains };
}
