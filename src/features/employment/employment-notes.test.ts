// @vitest-environment node
// Pure functions: no DOM needed.
import { describe, expect, it } from 'vitest';
import { relocationEmployment } from '@/testing/fixtures/employment';
import { isEmploymentEmpty, jobFairNote } from './employment-notes';

describe('jobFairNote and isEmploymentEmpty', () => {
  it('notes job fairs and recognises an empty period', () => {
    expect(jobFairNote(relocationEmployment)).toBe('招聘会 1 场：参会企业 82 家，提供岗位 800 个');
    expect(isEmploymentEmpty(relocationEmployment)).toBe(false);
    const zero = { outOfProvince: 0, inProvince: 0, inCounty: 0 };
    expect(
      isEmploymentEmpty({
        ...relocationEmployment,
        labourForce: 0,
        employed: zero,
        placements: zero,
        welfarePosts: [],
        selfEmployedHouseholds: 0,
        training: [],
        zeroEmployment: { identified: 0, cleared: 0 },
      }),
    ).toBe(true);
  });
});
