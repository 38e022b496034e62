import type { SuppressibleRate } from '@/api/common';
import type { Disputes, Employment, Ethnic, Events, Summary } from '@/api/indicators';
import type { PeriodWindow } from '../aggregate';
import { periodTotals, resolvedTotal, sumFields } from '../aggregate';
import { DISPUTE_CATEGORIES, EVENT_CATEGORIES, TRAINING_COURSES, WELFARE_POST_TYPES } from '../generator/categories';
import type { Dataset } from '../generator/dataset';
import { F } from '../generator/fields';
import { medianFromHistogram } from '../generator/monthly';
import type { RegionNode } from '../generator/tree-types';
import { isSmallCount, suppressed } from '@/lib/privacy';
import { ethnicView, minorityWithheld } from './ethnic-view';
import { rate } from './values';

const E = EVENT_CATEGORIES.length;
const D = DISPUTE_CATEGORIES.length;

/** Minority residents / residents, or withheld under the privacy rule. */
export function minorityShare(ds: Dataset, node: RegionNode): SuppressibleRate {
  const view = ethnicView(ds, node);
  const withheld = minorityWithheld(view);
  return withheld ? suppressed(withheld) : rate(view.minority, view.residents);
}

export function buildSummary(ds: Dataset, node: RegionNode, w: PeriodWindow): Summary {
  const v = periodTotals(ds, node, w.start, w.end);
  const grids = node.gridEnd - node.gridStart;
  return {
    code: node.code,
    coverage: w.coverage,
    residents: ethnicView(ds, node).residents,
    households: ds.sumGrids(node, (g) => g.households),
    minorityShare: minorityShare(ds, node),
    grids,
    gridHeads: grids,
    gridWorkersFullTime: grids,
    gridWorkersPartTime: ds.sumGrids(node, (g) => g.partTimeWorkers),
    employed: sumFields(v, F.employed, 3),
    placements: sumFields(v, F.placements, 3),
    events: sumFields(v, F.events, E),
    attendances: sumFields(v, F.attendances, E),
    disputeResolution: rate(sumFields(v, F.disputesResolved, D), sumFields(v, F.disputesRegistered, D)),
  };
}

/** Gini–Simpson 1 − Σpᵢ², rounded to 2 decimals so it cannot be used to solve for hidden cells. */
function diversity(counts: readonly number[], total: number): number {
  if (total === 0) return 0;
  const sumSq = counts.reduce((s, c) => s + (c / total) ** 2, 0);
  return Math.min(1, Math.max(0, Math.round((1 - sumSq) * 100) / 100));
}

export function buildEthnic(ds: Dataset, node: RegionNode, w: PeriodWindow): Ethnic {
  const view = ethnicView(ds, node);
  const b = view.breakdown;
  return {
    code: node.code,
    coverage: w.coverage,
    residents: view.residents,
    breakdown: b
      ? {
          minority: b.minority,
          minorityShare: minorityShare(ds, node),
          groupsPresent: view.cells.filter((c) => c.count > 0).length,
          diversityIndex: diversity(
            view.cells.map((c) => c.count),
            view.residents,
          ),
          groups: b.groups,
        }
      : suppressed('small-unit'),
  };
}

export function buildEmployment(ds: Dataset, node: RegionNode, w: PeriodWindow): Employment {
  const v = periodTotals(ds, node, w.start, w.end);
  const at = (i: number): number => v[i] ?? 0;
  return {
    code: node.code,
    coverage: w.coverage,
    labourForce: at(F.labourForce),
    employed: { outOfProvince: at(F.employed), inProvince: at(F.employed + 1), inCounty: at(F.employed + 2) },
    placements: { outOfProvince: at(F.placements), inProvince: at(F.placements + 1), inCounty: at(F.placements + 2) },
    welfarePosts: WELFARE_POST_TYPES.map((t, i) => ({ code: t.code, count: at(F.welfarePosts + i) })),
    selfEmployedHouseholds: at(F.selfEmployed),
    training: TRAINING_COURSES.map((c, i) => ({
      code: c.code,
      sessions: at(F.trainingSessions + i),
      trainees: at(F.trainees + i),
    })),
    zeroEmployment: { identified: at(F.zeroIdentified), cleared: at(F.zeroCleared) },
    jobFairs: { fairs: at(F.jobFairs), companies: at(F.jobFairCompanies), posts: at(F.jobFairPosts) },
  };
}

export function buildEvents(ds: Dataset, node: RegionNode, w: PeriodWindow): Events {
  const v = periodTotals(ds, node, w.start, w.end);
  const at = (i: number): number => v[i] ?? 0;
  const view = ethnicView(ds, node);
  const withheld = minorityWithheld(view);
  const reached = ds.minorityReached(node, w.start, w.end);
  let coverage: SuppressibleRate;
  if (withheld) coverage = suppressed(withheld);
  else if (isSmallCount(reached)) coverage = suppressed('small-count');
  else coverage = rate(Math.min(reached, view.minority), view.minority);
  return {
    code: node.code,
    coverage: w.coverage,
    categories: EVENT_CATEGORIES.map((c, i) => ({
      code: c.code,
      events: at(F.events + i),
      attendances: at(F.attendances + i),
      minorityAttendances: at(F.minorityAttendances + i),
    })),
    minorityShareOfAttendances: rate(sumFields(v, F.minorityAttendances, E), sumFields(v, F.attendances, E)),
    minorityShareOfResidents: minorityShare(ds, node),
    minorityCoverage: coverage,
  };
}

export function buildDisputes(ds: Dataset, node: RegionNode, w: PeriodWindow): Disputes {
  const v = periodTotals(ds, node, w.start, w.end);
  const at = (i: number): number => v[i] ?? 0;
  const registered = sumFields(v, F.disputesRegistered, D);
  const resolved = resolvedTotal(v);
  const hist = Array.from({ length: 7 }, (_, i) => at(F.daysHistogram + i));
  return {
    code: node.code,
    coverage: w.coverage,
    registered,
    resolvedByLevel: {
      grid: at(F.resolvedByLevel),
      community: at(F.resolvedByLevel + 1),
      town: at(F.resolvedByLevel + 2),
      countyAndAbove: at(F.resolvedByLevel + 3),
    },
    inProgress: at(F.disputesInProgress),
    escalated: at(F.escalated),
    resolutionRate: rate(resolved, registered),
    resolvedInGrid: rate(at(F.resolvedByLevel), resolved),
    resolvedInCommunity: rate(at(F.resolvedByLevel) + at(F.resolvedByLevel + 1), resolved),
    medianDaysToResolve: medianFromHistogram(hist),
    categories: DISPUTE_CATEGORIES.map((c, i) => ({
      code: c.code,
      registered: at(F.disputesRegistered + i),
      resolved: at(F.disputesResolved + i),
    })),
    petitionsAboveCounty: at(F.petitions),
  };
}
