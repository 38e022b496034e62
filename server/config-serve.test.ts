// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ConfigError, loadServeConfig } from './config';

describe('loadServeConfig', () => {
  it('defaults: loopback, ./dist, tokens auto, no CORS, no framing, no proxy', () => {
    const c = loadServeConfig({}, '/srv/shiliu');
    expect(c).toEqual({
      host: '127.0.0.1',
      distDir: '/srv/shiliu/dist',
      auth: 'auto',
      corsOrigins: [],
      frameAncestors: "'none'",
      trustProxy: false,
      rateLimitPerMinute: 1200,
      secureCookie: undefined,
      publicUrl: null,
    });
  });

  it('reads every setting', () => {
    const c = loadServeConfig(
      {
        SHILIU_HOST: '0.0.0.0',
        SHILIU_DIST_DIR: '/opt/dist',
        SHILIU_AUTH: 'Required',
        SHILIU_CORS_ORIGINS: 'http://10.1.2.3:8080, https://screen.example.cn/',
        SHILIU_FRAME_ANCESTORS: 'https://portal.example.cn',
        SHILIU_TRUST_PROXY: '127.0.0.1,10.0.0.2',
        SHILIU_RATE_LIMIT: '300',
        SHILIU_COOKIE_SECURE: 'true',
        SHILIU_PUBLIC_URL: 'https://shiliu.example.cn',
      },
      '/',
    );
    expect(c).toMatchObject({
      host: '0.0.0.0',
      distDir: '/opt/dist',
      auth: 'required',
      corsOrigins: ['http://10.1.2.3:8080', 'https://screen.example.cn'],
      frameAncestors: 'https://portal.example.cn',
      trustProxy: '127.0.0.1,10.0.0.2',
      rateLimitPerMinute: 300,
      secureCookie: true,
      publicUrl: 'https://shiliu.example.cn',
    });
  });

  it.each([
    ['SHILIU_AUTH', 'maybe'],
    ['SHILIU_CORS_ORIGINS', '*'],
    ['SHILIU_CORS_ORIGINS', 'https://a.example/path'],
    ['SHILIU_FRAME_ANCESTORS', "'unsafe-inline'"],
    ['SHILIU_RATE_LIMIT', 'lots'],
    ['SHILIU_TRUST_PROXY', 'everyone'],
    ['SHILIU_HOST', 'a b'],
    ['SHILIU_COOKIE_SECURE', 'yes'],
  ])('refuses %s=%s naming the variable', (name, value) => {
    expect(() => loadServeConfig({ [name]: value }, '/')).toThrow(ConfigError);
    try {
      loadServeConfig({ [name]: value }, '/');
    } catch (error) {
      expect((error as ConfigError).variable).toBe(name);
      expect((error as Error).message).toContain(name);
    }
  });
});
