import type { Suppressed, SuppressibleCount, SuppressibleRate } from '@/api/common';
import type { Ethnic } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { codeName } from '@/components/panel/code-name';
import {
  complementSingleHidden,
  HAN_CODE,
  isSmallUnit,
  isSuppressed,
  safeCount,
  safeRate,
  SUPPRESSED_EXPLANATION,
  SUPPRESSED_LABEL,
} from '@/lib/privacy';

export const OTHER_MINORITIES = '其他少数民族';
/** At most this many slices, the fold included: more can't be told apart in a small ring. */
export const MAX_SLICES = 7;
/** Minority groups under this share of residents fold into 其他少数民族. */
export const MIN_SLICE_SHARE = 0.01;
/**
 * The diversity index is shown only while the withheld groups together are under this share of
 * residents. 1 − Σpᵢ² with the visible pᵢ known gives Σpᵢ² of the hidden groups, and with their
 * total share that pins down two hidden groups exactly (a small unit's pair of complementary
 * cells, say). Under 1 %, their Σpᵢ² is under 0.0001, far below the two decimals shown.
 */
export const MAX_HIDDEN_SHARE_FOR_DIVERSITY = 0.01;
/** Decimals of the diversity index wherever it is shown (screen, table, exports). */
export const DIVERSITY_DIGITS = 2;

/** One drawn slice: a group, or the fold of small minority groups. Counts in people. */
export interface EthnicSlice {
  name: string;
  count: number;
  /** Group codes inside the slice (one unless folded). */
  codes: string[];
  /** Names of the folded groups, for the tooltip. */
  members: string[];
  folded: boolean;
}

/** A group withheld under the privacy rule: not drawn, only counted in a note. */
export interface HiddenGroup {
  code: string;
  name: string;
  label: string;
  reason: Suppressed['reason'];
}

export type EthnicView =
  | { kind: 'withheld'; residents: number; message: string }
  | {
      kind: 'breakdown';
      residents: number;
      slices: EthnicSlice[];
      hidden: HiddenGroup[];
      minority: SuppressibleCount;
      minorityShare: SuppressibleRate;
      groupsPresent: number;
      /** Withheld when it could narrow down hidden groups (MAX_HIDDEN_SHARE_FOR_DIVERSITY). */
      diversityIndex: number | Suppressed;
    };

/**
 * Applies the privacy rule on the client (src/lib/privacy.ts; a defence in depth: the server
 * should already have) and folds small groups for display.
 */
export function toEthnicView(data: Ethnic, meta: Pick<Meta, 'ethnicGroups'>): EthnicView {
  const { residents, breakdown } = data;
  if (isSuppressed(breakdown)) {
    return { kind: 'withheld', residents, message: SUPPRESSED_EXPLANATION[breakdown.reason] };
  }
  if (isSmallUnit(residents)) {
    return { kind: 'withheld', residents, message: SUPPRESSED_EXPLANATION['small-unit'] };
  }
  const name = (code: string) => codeName(meta.ethnicGroups, code);
  const cells = complementSingleHidden(breakdown.groups.map((g) => ({ code: g.code, count: safeCount(g.count) })));

  const hidden: HiddenGroup[] = [];
  const visible: { code: string; count: number }[] = [];
  for (const c of cells) {
    if (isSuppressed(c.count)) {
      hidden.push({
        code: c.code,
        name: name(c.code),
        label: SUPPRESSED_LABEL[c.count.reason],
        reason: c.count.reason,
      });
    } else if (c.count > 0) {
      visible.push({ code: c.code, count: c.count });
    }
  }

  const han = visible.find((g) => g.code === HAN_CODE);
  const minorities = visible.filter((g) => g.code !== HAN_CODE).sort((a, b) => b.count - a.count);
  const budget = MAX_SLICES - (han ? 1 : 0);
  const share = (n: number) => (residents > 0 ? n / residents : 0);
  let keep = Math.min(minorities.filter((g) => share(g.count) >= MIN_SLICE_SHARE).length, budget);
  if (keep < minorities.length) {
    // Folding a single group into "其他少数民族" would only hide its name.
    keep = minorities.length - keep === 1 && keep < budget ? keep + 1 : Math.min(keep, budget - 1);
  }

  const single = (g: { code: string; count: number }): EthnicSlice => ({
    name: name(g.code),
    count: g.count,
    codes: [g.code],
    members: [name(g.code)],
    folded: false,
  });
  const slices = [...(han ? [han] : []), ...minorities.slice(0, keep)].map(single);
  const rest = minorities.slice(keep);
  if (rest.length > 0) {
    slices.push({
      name: OTHER_MINORITIES,
      count: rest.reduce((sum, g) => sum + g.count, 0),
      codes: rest.map((g) => g.code),
      members: rest.map((g) => name(g.code)),
      folded: true,
    });
  }

  const visibleTotal = visible.reduce((sum, g) => sum + g.count, 0);
  const hiddenShare = residents > 0 ? Math.max(0, residents - visibleTotal) / residents : 0;
  const withholdDiversity = hidden.length > 0 && hiddenShare >= MAX_HIDDEN_SHARE_FOR_DIVERSITY;

  return {
    kind: 'breakdown',
    residents,
    slices,
    hidden,
    minority: safeCount(breakdown.minority),
    minorityShare: safeRate(breakdown.minorityShare),
    groupsPresent: breakdown.groupsPresent,
    diversityIndex: withholdDiversity ? { suppressed: true, reason: 'complementary' } : breakdown.diversityIndex,
  };
}

/** "另有 3 个民族（<5：2 个，不公开：1 个）未在图中显示" — the hidden groups, counted, never as 0. */
export function hiddenGroupsNote(hidden: readonly HiddenGroup[]): string | null {
  if (hidden.length === 0) return null;
  const byLabel = new Map<string, number>();
  for (const h of hidden) byLabel.set(h.label, (byLabel.get(h.label) ?? 0) + 1);
  const parts = [...byLabel].map(([label, n]) => `${label}：${n} 个`).join('，');
  return `另有 ${hidden.length} 个民族人数按隐私规则未公开（${parts}），未在图中显示`;
}
