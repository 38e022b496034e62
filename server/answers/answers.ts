import type { Boundaries } from '@/api/boundaries';
import type { Level } from '@/api/common';
import { LEVELS, RegionCodeSchema } from '@/api/common';
import type { ChildMetric, Disputes, Employment, Ethnic, Events, Series, Summary } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import type { Region } from '@/api/region';
import { ApiError, quoted } from './api-error';
import { buildChildMetric, buildGridMetric, buildSeries } from './child-metric';
import type { AnswerContext } from './context';
import { contextFactory } from './context';
import type { FactsSource, RegionFacts } from './facts-source';
import { buildDisputes, buildEmployment, buildEthnic, buildEvents, buildSummary } from './indicators';
import { buildMeta } from './meta';
import { checkMetric } from './metrics';
import { resolveMonthRange, resolvePeriod } from './period-window';

/**
 * The one answer layer of the JSON API (docs/api.md): every endpoint's body from a facts source,
 * with the parameters as they arrive (strings or null). Malformed parameters are rejected here,
 * with the schemas of src/api, before the facts source is asked anything — so no malformed code,
 * period or metric reaches SQL. Errors are ApiErrors (status, code, Chinese message).
 *
 * Used by the mock (MSW handlers over the generator) and by the server (Fastify routes over the
 * database): the same code answers both.
 */
export interface Answers {
  /** When the data last changed: part of every ETag. */
  version(): Promise<string>;
  meta(): Promise<Meta>;
  region(code: string): Promise<Region>;
  boundaries(code: string, level: string | null): Promise<Boundaries>;
  summary(code: string, period: string | null): Promise<Summary>;
  ethnic(code: string, period: string | null): Promise<Ethnic>;
  employment(code: string, period: string | null): Promise<Employment>;
  events(code: string, period: string | null): Promise<Events>;
  disputes(code: string, period: string | null): Promise<Disputes>;
  childMetric(code: string, metric: string | null, period: string | null, level: string | null): Promise<ChildMetric>;
  series(code: string, metrics: string | null, from: string | null, to: string | null): Promise<Series>;
}

function checkCode(code: string): void {
  if (!RegionCodeSchema.safeParse(code).success) {
    throw new ApiError(400, 'bad-code', `区划代码${quoted(code)}格式不正确，应为 6、9、12、15 或 20 位数字`);
  }
}

async function located(ctx: AnswerContext, code: string): Promise<RegionFacts> {
  checkCode(code);
  const region = await ctx.facts.region(code);
  if (!region) throw new ApiError(404, 'not-found', `未找到区划代码为“${code}”的区域`);
  return region;
}

/** A region with statistics (not a building); buildings carry no indicators. */
async function statisticsRegion(ctx: AnswerContext, code: string): Promise<RegionFacts> {
  const region = await located(ctx, code);
  if (region.level === 'building') throw new ApiError(404, 'no-statistics', `楼栋“${region.name}”不单独提供统计数据`);
  return region;
}

const has = (text: string | null): text is string => text !== null && text !== '';

export function createAnswers(facts: FactsSource): Answers {
  const context = contextFactory(facts);
  type Indicator<T> = (ctx: AnswerContext, region: RegionFacts, w: ReturnType<typeof resolvePeriod>) => Promise<T>;
  const indicator =
    <T>(build: Indicator<T>) =>
    async (code: string, period: string | null): Promise<T> => {
      const ctx = await context();
      checkCode(code);
      const w = resolvePeriod(ctx.ds, period);
      return build(ctx, await statisticsRegion(ctx, code), w);
    };

  return {
    version: async () => (await facts.dataset()).lastUpdated,
    meta: async () => buildMeta(await context()),
    region: async (code) => {
      const { grids: _grids, ...region } = await located(await context(), code);
      return region;
    },
    boundaries: async (code, level) => {
      const ctx = await context();
      checkCode(code);
      // An unknown level is refused before the tree is read; one above the region after.
      if (has(level) && (!(LEVELS as readonly string[]).includes(level) || level === 'building')) {
        throw new ApiError(400, 'bad-level', `参数 level=${quoted(level)}无效，应为 town、community 或 grid`);
      }
      const region = await statisticsRegion(ctx, code);
      let wanted: Level | null = null;
      if (has(level)) {
        if (LEVELS.indexOf(level as Level) < LEVELS.indexOf(region.level)) {
          throw new ApiError(
            400,
            'bad-level',
            `参数 level=${quoted(level)}无效，应为不高于当前区域的 town、community 或 grid`,
          );
        }
        wanted = level as Level;
      }
      return { type: 'FeatureCollection', parent: region.code, features: await facts.boundaries(region.code, wanted) };
    },
    summary: indicator((ctx, r, w) => buildSummary(ctx, r.code, r.grids, w)),
    ethnic: indicator((ctx, r, w) => buildEthnic(ctx, r.code, w)),
    employment: indicator((ctx, r, w) => buildEmployment(ctx, r.code, w)),
    events: indicator((ctx, r, w) => buildEvents(ctx, r.code, w)),
    disputes: indicator((ctx, r, w) => buildDisputes(ctx, r.code, w)),
    childMetric: async (code, metric, period, level) => {
      const ctx = await context();
      checkCode(code);
      if (!has(metric)) throw new ApiError(400, 'missing-metric', '缺少参数 metric（指标代码）');
      checkMetric(ctx.ds, metric);
      if (has(level) && level !== 'grid') {
        throw new ApiError(400, 'bad-level', `参数 level=${quoted(level)}无效，只支持 grid`);
      }
      const w = resolvePeriod(ctx.ds, period);
      const region = await statisticsRegion(ctx, code);
      return level === 'grid' ? buildGridMetric(ctx, region, metric, w) : buildChildMetric(ctx, region, metric, w);
    },
    series: async (code, metrics, from, to) => {
      const ctx = await context();
      checkCode(code);
      const ids = (metrics ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      if (ids.length === 0) throw new ApiError(400, 'missing-metrics', '缺少参数 metrics（以逗号分隔的指标代码）');
      if (ids.length > 100) throw new ApiError(400, 'too-many-metrics', '一次最多请求 100 个指标');
      for (const id of ids) checkMetric(ctx.ds, id);
      const w = resolveMonthRange(ctx.ds, from, to);
      const region = await statisticsRegion(ctx, code);
      return buildSeries(ctx, region.code, ids, w);
    },
  };
}
