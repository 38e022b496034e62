// @vitest-environment node
// Pure functions: no DOM needed.
import { describe, expect, it } from 'vitest';
import { communityDisputes } from '@/testing/fixtures/disputes';
import { isDisputesEmpty } from './disputes-notes';

describe('isDisputesEmpty', () => {
  it('treats a period without any dispute or petition as empty', () => {
    expect(isDisputesEmpty(communityDisputes)).toBe(false);
    expect(
      isDisputesEmpty({
        ...communityDisputes,
        registered: 0,
        resolvedByLevel: { grid: 0, community: 0, town: 0, countyAndAbove: 0 },
        inProgress: 0,
        petitionsAboveCounty: 0,
      }),
    ).toBe(true);
  });
});
