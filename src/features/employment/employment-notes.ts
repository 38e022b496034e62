import type { Employment } from '@/api/indicators';
import { formatCount } from '@/lib/format';
import { DESTINATIONS } from './employment-model';

/** "招聘会 2 场：企业 82 家，岗位 800 个" when fairs were held. */
export function jobFairNote(data: Employment): string | null {
  const { fairs, companies, posts } = data.jobFairs;
  if (fairs === 0) return null;
  return `招聘会 ${formatCount(fairs)} 场：参会企业 ${formatCount(companies)} 家，提供岗位 ${formatCount(posts)} 个`;
}

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
