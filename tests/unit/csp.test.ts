import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, tileSource } from '../../scripts/csp-plugin';

function directive(policy: string, name: string): string[] {
  const found = policy.split('; ').find((d) => d.startsWith(`${name} `));
  return found ? found.split(' ').slice(1) : [];
}

describe('content security policy', () => {
  it('allows no eval and no inline script or style', () => {
    const policy = contentSecurityPolicy({ apiBaseUrl: null, tileUrl: null });
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|\*(?!\.)/);
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
    expect(directive(policy, 'style-src')).toEqual(["'self'"]);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"]);
  });

  it('lets the page reach the configured API origin and nothing else', () => {
    const policy = contentSecurityPolicy({ apiBaseUrl: 'http://10.1.2.3:8787/base', tileUrl: null });
    expect(directive(policy, 'connect-src')).toEqual(["'self'", 'http://10.1.2.3:8787']);
  });

  it('lets images load from the tile server, subdomains as a wildcard', () => {
    expect(tileSource('http://10.0.0.5/tiles/{z}/{x}/{y}.png')).toBe('http://10.0.0.5');
    expect(tileSource('https://t{s}.tianditu.gov.cn/DataServer?T=vec_w&x={x}&y={y}&l={z}&tk=KEY')).toBe(
      'https://*.tianditu.gov.cn',
    );
    const policy = contentSecurityPolicy({ apiBaseUrl: null, tileUrl: 'https://tiles.example.cn/{z}/{x}/{y}.png' });
    expect(directive(policy, 'img-src')).toContain('https://tiles.example.cn');
  });

  it('leaves out frame-ancestors for the meta tag, which cannot carry it', () => {
    expect(contentSecurityPolicy({ apiBaseUrl: null, tileUrl: null }, { forMeta: true })).not.toContain(
      'frame-ancestors',
    );
  });
});
