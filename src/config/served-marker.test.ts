import { afterEach, describe, expect, it } from 'vitest';
import { isServedByShiliu, SERVED_MARKER } from './served-marker';

describe('isServedByShiliu', () => {
  afterEach(() => document.head.querySelectorAll('meta').forEach((m) => m.remove()));

  it("finds the server's marker in the page and nothing else", () => {
    expect(isServedByShiliu(document)).toBe(false);
    expect(isServedByShiliu(undefined)).toBe(false);
    const meta = document.createElement('meta');
    meta.name = SERVED_MARKER.name;
    meta.content = 'something-else';
    document.head.append(meta);
    expect(isServedByShiliu(document)).toBe(false);
    meta.content = SERVED_MARKER.content;
    expect(isServedByShiliu(document)).toBe(true);
  });
});
