import { describe, expect, it } from 'vitest';
import { readConfig } from './env';

describe('readConfig', () => {
  it('defaults to the built-in mock and no base map', () => {
    const c = readConfig({});
    expect(c.apiBaseUrl).toBeNull();
    expect(c.tileUrl).toBeNull();
    expect(c.tileCrs).toBe('wgs84');
    expect(c.problems).toEqual([]);
  });

  it("reads the API on the page's own origin when Shiliu's server marked the page, without the mock", () => {
    expect(readConfig({}).apiSource).toBe('mock');
    const served = readConfig({}, { servedByShiliu: true });
    expect(served.apiSource).toBe('same-origin');
    expect(served.apiBaseUrl).toBeNull();
    // A configured API wins over the marker.
    expect(readConfig({ VITE_API_BASE_URL: 'http://10.1.2.3:8787' }, { servedByShiliu: true }).apiSource).toBe(
      'remote',
    );
  });

  it('keeps a valid API origin without a trailing slash', () => {
    expect(readConfig({ VITE_API_BASE_URL: 'http://127.0.0.1:8787/' }).apiBaseUrl).toBe('http://127.0.0.1:8787');
  });

  it('reports a misconfigured API URL and tile URL instead of failing silently', () => {
    const c = readConfig({
      VITE_API_BASE_URL: 'javascript:alert(1)',
      VITE_TILE_URL: 'tiles/{z}',
      VITE_TILE_CRS: 'bd09',
    });
    expect(c.apiBaseUrl).toBeNull();
    expect(c.tileUrl).toBeNull();
    expect(c.problems).toHaveLength(3);
  });

  it("accepts Tianditu's template, whose placeholders come as x, y, then z", () => {
    const url = 'https://t{s}.tianditu.gov.cn/DataServer?T=vec_w&x={x}&y={y}&l={z}&tk=KEY';
    const c = readConfig({ VITE_TILE_URL: url, VITE_TILE_SUBDOMAINS: '01234567' });
    expect(c.tileUrl).toBe(url);
    expect(c.problems).toEqual([]);
    expect(readConfig({ VITE_TILE_URL: 'https://t.example/?x={x}&y={y}' }).tileUrl).toBeNull();
  });

  it('accepts a GCJ-02 tile server', () => {
    const c = readConfig({ VITE_TILE_URL: 'https://tiles.example/{z}/{x}/{y}.png', VITE_TILE_CRS: 'GCJ02' });
    expect(c.tileUrl).toBe('https://tiles.example/{z}/{x}/{y}.png');
    expect(c.tileCrs).toBe('gcj02');
  });
});
