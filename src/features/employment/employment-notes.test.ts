// @vitest-environment node
// Pure functions: no DOM needed.
import { describe, expect, it } from 'vitest';
import { relocationEmployment } from '@/testing/fixtures/employment';
import { isEmploymentEmpty, jobFairNote, zeroEmploymentNote } from './employment-notes';

describe('zeroEmploymentNote', () => {
  it('explains a period that cleared more households than it identified, and only then', () => {
    expect(zeroEmploymentNote(relocationEmployment)).toBeNull();
    expect(zeroEmploymentNote({ ...relocationEmployment, zeroEmployment: { identified: 237, cleared: 238 } })).toBe(
      '零就业家庭本期清零多于认定：清零的含期初尚未清零的家庭',
    );
  });
});

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
