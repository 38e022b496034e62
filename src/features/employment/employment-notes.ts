import type { Employment } from '@/api/indicators';
import { formatCount } from '@/lib/format';
import { DESTINATIONS } from './employment-model';

/** "招聘会 2 场：企业 82 家，岗位 800 个" when fairs were held. */
export function jobFairNote(data: Employment): string | null {
  const { fairs, companies, posts } = data.jobFairs;
  if (fairs === 0) return null;
  return `招聘会 ${formatCount(fairs)} 场：参会企业 ${formatCount(companies)} 家，提供岗位 ${formatCount(posts)} 个`;
}

/**
 * Why more zero-employment households were cleared than identified: both are flows of the
 * period, and the cleared include households identified before it and still open at its start
 * (期初未清零 + 本期认定 − 本期清零 = 期末未清零, docs/indicators.md). Null when cleared ≤ identified.
 */
export function zeroEmploymentNote(data: Employment): string | null {
  const { identified, cleared } = data.zeroEmployment;
  if (cleared <= identified) return null;
  return '零就业家庭本期清零多于认定：清零的含期初尚未清零的家庭';
}

/** The same in full, for hovers and files: the balance the two flows belong to. */
export const ZERO_EMPLOYMENT_BALANCE =
  '零就业家庭认定与清零均为本期累计，清零的含本期以前认定、期初尚未清零的家庭，故清零可多于认定：期初未清零 + 本期认定 − 本期清零 = 期末未清零。';

/** Nothing at all to show for the period. */
export function isEmploymentEmpty(data: Employment): boolean {
  const counts = [
    data.labourForce,
    ...DESTINATIONS.flatMap((d) => [data.employed[d.key], data.placements[d.key]]),
    data.selfEmployedHouseholds,
    data.zeroEmployment.identified,
  ];
  return counts.every((n) => n === 0) && data.welfarePosts.length === 0 && data.training.length === 0;
}
