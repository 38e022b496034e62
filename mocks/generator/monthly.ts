import { F, ROW } from './fields';
import { calendarMonth } from './months';
import { multinomial } from './population';
import { binomial, poisson, randFloat, randInt, rngFor } from './prng';
import type { GridProfile } from './tree-types';

// Seasonal factors by calendar month (Jan … Dec). Why: 学雷锋 in March (volunteer), 七一 in
// July (party), 宪法日 in December (law), Spring Festival and the torch festival (culture).
const EVENT_SEASON = [
  [0.8, 0.6, 1.1, 1.0, 1.0, 1.1, 1.0, 0.8, 1.1, 1.1, 1.2, 1.0], // education
  [1.4, 1.5, 1.0, 0.9, 0.9, 1.0, 1.3, 0.9, 1.0, 1.1, 0.8, 1.1], // culture
  [0.8, 0.6, 1.0, 1.0, 1.0, 1.0, 0.9, 0.9, 1.0, 1.0, 1.1, 1.8], // law
  [0.9, 0.8, 1.6, 1.0, 1.0, 1.0, 1.0, 0.9, 1.0, 1.0, 0.9, 1.0], // volunteer
  [0.8, 0.7, 1.0, 1.0, 1.0, 1.3, 1.6, 0.9, 0.9, 1.0, 1.0, 0.9], // party
  [0.7, 1.2, 1.4, 1.1, 1.0, 0.9, 0.9, 0.9, 1.0, 1.0, 1.0, 0.8], // skills
];
/** Events per grid per month (volunteer ≈ 4,200 a year for 304 grids) and attendances per event. */
const EVENT_RATE = [0.6, 0.45, 0.3, 1.15, 0.5, 0.2];
const EVENT_SIZE = [35, 60, 30, 18, 25, 22];
/** Disputes peak around Spring Festival (people return home) and spring ploughing. */
const DISPUTE_SEASON = [1.3, 1.4, 1.1, 1.15, 1.0, 0.95, 0.9, 0.9, 1.0, 1.0, 1.0, 1.1];
const RESOLUTION_SEASON = [0.97, 0.95, 1, 1, 1, 1, 0.995, 1, 1, 1, 1, 0.99];
const DISPUTE_MIX_URBAN = [0.34, 0.2, 0.04, 0.1, 0.18, 0.14];
const DISPUTE_MIX_RURAL = [0.3, 0.2, 0.22, 0.1, 0.02, 0.16];
/** Days-to-resolve bin probabilities by resolving level. */
const DAYS_BY_LEVEL = [
  [0.35, 0.35, 0.2, 0.08, 0.02, 0, 0],
  [0.1, 0.25, 0.35, 0.2, 0.08, 0.02, 0],
  [0, 0.05, 0.2, 0.35, 0.3, 0.08, 0.02],
  [0, 0, 0.05, 0.2, 0.35, 0.3, 0.1],
];
const PLACEMENT_SEASON = [0.8, 2.4, 3.6, 1.4, 1.0, 0.9, 0.9, 0.9, 1.0, 0.9, 0.8, 0.8]; // 春风行动
const WELFARE_MIX_URBAN = [0.35, 0.2, 0.02, 0.25, 0.15, 0.03];
const WELFARE_MIX_RURAL = [0.25, 0.15, 0.3, 0.1, 0.05, 0.15];
const TRAINING_RATE = [0.05, 0.05, 0.03, 0.04, 0.03, 0.06];
const RELOCATION_TRAINING_MIX = [2.2, 2.3, 1.4, 0.8, 0.6, 0.4]; // seed: housekeeping 89, e-commerce 92, embroidery 55

export interface MonthlyOptions {
  seed: number;
  /** Absolute month number of the first month. */
  firstMonth: number;
  months: number;
  /** Fraction of the last month covered (asOf day / days in month). */
  lastFraction: number;
  /** Whether this grid hosts its town's job fairs (fairs are held at the town seat). */
  hostsJobFairs: boolean;
}

/** The grid's `months` × ROW record, deterministic from (seed, grid code). */
export function gridMonths(grid: GridProfile, o: MonthlyOptions): Int32Array {
  const rng = rngFor(o.seed, grid.node.code, 'monthly');
  const t = grid.traits;
  const out = new Int32Array(o.months * ROW);
  const minority = grid.residents - (grid.ethnic[0] ?? 0);
  const minorityShare = grid.residents > 0 ? minority / grid.residents : 0;
  const welfare = multinomial(rng, t.welfarePosts, t.urban ? WELFARE_MIX_URBAN : WELFARE_MIX_RURAL);
  const welfareGrowth = randInt(rng, 0, o.months + 6);
  const disputeMix = t.urban ? DISPUTE_MIX_URBAN : DISPUTE_MIX_RURAL;
  const trainingMix =
    t.special === 'relocation' ? RELOCATION_TRAINING_MIX : [1, 1, t.urban ? 0.5 : 1.5, 1, 1, t.urban ? 0.3 : 1.6];
  let zeroLeft = 0;
  let openBefore = 0;
  for (let m = 0; m < o.months; m++) {
    const row = m * ROW;
    const cm = calendarMonth(o.firstMonth + m) - 1;
    const pf = m === o.months - 1 ? o.lastFraction : 1;
    const fromEnd = o.months - 1 - m;

    // Employment stocks and placements.
    const trend = 1 - 0.003 * fromEnd;
    const season = [cm <= 1 ? 0.85 : 1, 1, cm <= 1 ? 1.06 : 1];
    for (let d = 0; d < 3; d++) {
      const stock = Math.round(
        grid.labourForce * t.employmentRate * (t.split[d] ?? 0) * trend * (season[d] ?? 1) * randFloat(rng, 0.99, 1.01),
      );
      out[row + F.employed + d] = stock;
      out[row + F.placements + d] = poisson(rng, stock * 0.012 * (PLACEMENT_SEASON[cm] ?? 1) * pf);
    }
    out[row + F.labourForce] = grid.labourForce;
    // Static in the demo: every grid has one head and one full-time worker (seed county: 304 each).
    out[row + F.households] = grid.households;
    out[row + F.gridHeads] = 1;
    out[row + F.gridWorkersFullTime] = 1;
    out[row + F.gridWorkersPartTime] = grid.partTimeWorkers;
    welfare.forEach((n, k) => (out[row + F.welfarePosts + k] = n + (k === 0 && m >= welfareGrowth ? 1 : 0)));
    out[row + F.selfEmployed] = t.selfEmployed + Math.floor((t.selfEmployed * 0.08 * m) / o.months);

    trainingMix.forEach((w, k) => {
      const sessions = poisson(rng, (TRAINING_RATE[k] ?? 0) * w * t.training * pf);
      out[row + F.trainingSessions + k] = sessions;
      out[row + F.trainees + k] = sessions * randInt(rng, 15, 35);
    });
    const identified = poisson(rng, (grid.households / 400) * 0.06 * (cm <= 1 ? 2 : 1) * pf);
    const cleared = binomial(rng, identified + zeroLeft, 0.85);
    zeroLeft = identified + zeroLeft - cleared;
    out[row + F.zeroIdentified] = identified;
    out[row + F.zeroCleared] = cleared;
    if (o.hostsJobFairs) {
      const fairs = poisson(rng, 0.35 * (cm === 1 || cm === 2 ? 3 : 1) * pf);
      let companies = 0;
      let posts = 0;
      for (let f = 0; f < fairs; f++) {
        const c = randInt(rng, 20, 82);
        companies += c;
        posts += c * randInt(rng, 6, 12);
      }
      out[row + F.jobFairs] = fairs;
      out[row + F.jobFairCompanies] = companies;
      out[row + F.jobFairPosts] = posts;
    }

    // Events.
    let minorityAttendances = 0;
    for (let k = 0; k < EVENT_RATE.length; k++) {
      const events = poisson(
        rng,
        (EVENT_RATE[k] ?? 0) * (EVENT_SEASON[k]?.[cm] ?? 1) * t.activity * pf * Math.min(1, grid.residents / 600 + 0.1),
      );
      const attendances = Math.round(events * (EVENT_SIZE[k] ?? 20) * randFloat(rng, 0.75, 1.25));
      const minorityA = binomial(rng, attendances, Math.min(0.98, minorityShare * randFloat(rng, 0.85, 1.3)));
      out[row + F.events + k] = events;
      out[row + F.attendances + k] = attendances;
      out[row + F.minorityAttendances + k] = minorityA;
      minorityAttendances += minorityA;
    }
    out[row + F.minorityReached] = Math.min(minority, Math.round(minorityAttendances * randFloat(rng, 0.45, 0.7)));

    // Disputes: those registered in a month, resolved in it or still open at its end.
    const p = Math.min(0.999, t.quality * (RESOLUTION_SEASON[cm] ?? 1) * (m === o.months - 1 ? 0.75 + 0.2 * pf : 1));
    let resolved = 0;
    let registered = 0;
    for (let k = 0; k < disputeMix.length; k++) {
      const reg = poisson(
        rng,
        (grid.residents / 1000) * t.disputeRate * (DISPUTE_SEASON[cm] ?? 1) * (disputeMix[k] ?? 0) * pf,
      );
      const res = binomial(rng, reg, p);
      out[row + F.disputesRegistered + k] = reg;
      out[row + F.disputesResolved + k] = res;
      registered += reg;
      resolved += res;
    }
    const rest = 1 - t.gridShare;
    const byLevel = multinomial(rng, resolved, [t.gridShare, rest * 0.72, rest * 0.22, rest * 0.06]);
    byLevel.forEach((n, level) => {
      out[row + F.resolvedByLevel + level] = n;
      const bins = multinomial(rng, n, DAYS_BY_LEVEL[level] ?? []);
      bins.forEach((b, i) => (out[row + F.daysHistogram + i] = (out[row + F.daysHistogram + i] ?? 0) + b));
    });
    const open = registered - resolved;
    out[row + F.escalated] = (byLevel[2] ?? 0) + (byLevel[3] ?? 0) + binomial(rng, open, 0.3);
    out[row + F.disputesInProgress] = open + binomial(rng, openBefore, 0.15);
    openBefore = open;
    out[row + F.petitions] = poisson(rng, (grid.residents / 1000) * 0.0008 * (t.quality < 0.9 ? 5 : 1) * pf);
  }
  return out;
}
