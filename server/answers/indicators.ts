import type { SuppressibleRate } from '@/api/common';
import type { Disputes, Employment, Ethnic, Events, Summary } from '@/api/indicators';
import { isSmallCount, isSmallUnit, suppressed } from '@/lib/privacy';
import { minorityReached, resolvedTotal, sumFields } from './aggregate';
import type { AnswerContext } from './context';
import type { EthnicView } from './ethnic-view';
import { minorityWithheld } from './ethnic-view';
import type { PeriodWindow } from './period-window';
import { medianFromHistogram, rate } from './values';

/** The indicator answers of one region over a window. Each reads one batch of rows and of ethnic counts. */

async function load(ctx: AnswerContext, code: string, w: PeriodWindow) {
  const [facts, views] = await Promise.all([ctx.window([code], w), ctx.ethnic([code], w.to)]);
  const f = facts.get(code);
  const view = views.get(code);
  if (!f || !view) throw new Error(`facts missing for ${code}`);
  return { f, view, v: f.totals, at: (i: number): number => f.totals[i] ?? 0 };
}

/** Minority residents / residents, or withheld under the privacy rule. */
export function minorityShare(view: EthnicView): SuppressibleRate {
  const withheld = minorityWithheld(view);
  return withheld ? suppressed(withheld) : rate(view.minority, view.residents);
}

export async function buildSummary(ctx: AnswerContext, code: string, grids: number, w: PeriodWindow): Promise<Summary> {
  const { view, v, at } = await load(ctx, code, w);
  const { F } = ctx.layout;
  const E = ctx.ds.eventCategories.length;
  const D = ctx.ds.disputeCategories.length;
  return {
    code,
    coverage: w.coverage,
    residents: view.residents,
    households: at(F.households),
    minorityShare: minorityShare(view),
    grids,
    gridHeads: at(F.gridHeads),
    gridWorkersFullTime: at(F.gridWorkersFullTime),
    gridWorkersPartTime: at(F.gridWorkersPartTime),
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

export async function buildEthnic(ctx: AnswerContext, code: string, w: PeriodWindow): Promise<Ethnic> {
  const view = (await ctx.ethnic([code], w.to)).get(code);
  if (!view) throw new Error(`facts missing for ${code}`);
  const b = view.breakdown;
  return {
    code,
    coverage: w.coverage,
    residents: view.residents,
    breakdown: b
      ? {
          minority: b.minority,
          minorityShare: minorityShare(view),
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

export async function buildEmployment(ctx: AnswerContext, code: string, w: PeriodWindow): Promise<Employment> {
  const { at } = await load(ctx, code, w);
  const { F } = ctx.layout;
  return {
    code,
    coverage: w.coverage,
    labourForce: at(F.labourForce),
    employed: { outOfProvince: at(F.employed), inProvince: at(F.employed + 1), inCounty: at(F.employed + 2) },
    placements: { outOfProvince: at(F.placements), inProvince: at(F.placements + 1), inCounty: at(F.placements + 2) },
    welfarePosts: ctx.ds.welfarePostTypes.map((t, i) => ({ code: t.code, count: at(F.welfarePosts + i) })),
    selfEmployedHouseholds: at(F.selfEmployed),
    training: ctx.ds.trainingCourses.map((c, i) => ({
      code: c.code,
      sessions: at(F.trainingSessions + i),
      trainees: at(F.trainees + i),
    })),
    zeroEmployment: { identified: at(F.zeroIdentified), cleared: at(F.zeroCleared) },
    jobFairs: { fairs: at(F.jobFairs), companies: at(F.jobFairCompanies), posts: at(F.jobFairPosts) },
  };
}

export async function buildEvents(ctx: AnswerContext, code: string, w: PeriodWindow): Promise<Events> {
  const { f, view, v, at } = await load(ctx, code, w);
  const { F } = ctx.layout;
  const E = ctx.ds.eventCategories.length;
  const withheld = minorityWithheld(view);
  const reached = minorityReached(ctx.layout, f.rows, w.months, view.minority, w.lastWeight);
  let coverage: SuppressibleRate;
  if (withheld) coverage = suppressed(withheld);
  else if (isSmallCount(reached)) coverage = suppressed('small-count');
  else coverage = rate(reached, view.minority);
  // The small-unit rule covers attendances too (src/lib/privacy.ts isSmallUnitShare).
  const smallUnit = isSmallUnit(view.residents);
  return {
    code,
    coverage: w.coverage,
    categories: ctx.ds.eventCategories.map((c, i) => ({
      code: c.code,
      events: at(F.events + i),
      attendances: at(F.attendances + i),
      minorityAttendances: smallUnit ? suppressed('small-unit') : at(F.minorityAttendances + i),
    })),
    minorityShareOfAttendances: smallUnit
      ? suppressed('small-unit')
      : rate(sumFields(v, F.minorityAttendances, E), sumFields(v, F.attendances, E)),
    minorityShareOfResidents: minorityShare(view),
    minorityCoverage: coverage,
  };
}

export async function buildDisputes(ctx: AnswerContext, code: string, w: PeriodWindow): Promise<Disputes> {
  const { v, at } = await load(ctx, code, w);
  const { F } = ctx.layout;
  const D = ctx.ds.disputeCategories.length;
  const registered = sumFields(v, F.disputesRegistered, D);
  const resolved = resolvedTotal(ctx.layout, v);
  const hist = ctx.ds.daysToResolveBins.map((_, i) => at(F.daysHistogram + i));
  return {
    code,
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
    medianDaysToResolve: medianFromHistogram(hist, ctx.ds.daysToResolveBins),
    categories: ctx.ds.disputeCategories.map((c, i) => ({
      code: c.code,
      registered: at(F.disputesRegistered + i),
      resolved: at(F.disputesResolved + i),
    })),
    petitionsAboveCounty: at(F.petitions),
  };
}
