import type { Disputes } from '@/api/indicators';
import { formatCount } from '@/lib/format';
import { anyUnreliable } from '@/lib/privacy';
import { resolvedTotal } from './disputes-model';

// What the disputes panel says beside its figures: the flow note, the caveat, the empty state.

/**
 * "本期受理 120 件、化解 110 件、上报上级 3 件；截至期末（9月30日）办理中 8 件". Registered, resolved
 * and escalated are flows of the period; in progress is a stock on its last day and includes
 * disputes registered before it, so 化解 + 办理中 need not equal 受理 (docs/indicators.md).
 */
export function disputesFlowNote(data: Disputes, endDay: string | null = null): string {
  const flows = `本期受理 ${formatCount(data.registered)} 件、化解 ${formatCount(resolvedTotal(data))} 件、上报上级 ${formatCount(data.escalated)} 件`;
  const stock = `截至期末${endDay === null ? '' : `（${endDay}）`}办理中 ${formatCount(data.inProgress)} 件`;
  return `${flows}；${stock}`;
}

export function disputesHaveUnreliable(data: Disputes): boolean {
  return anyUnreliable([data.resolutionRate, data.resolvedInGrid, data.resolvedInCommunity]);
}

export function isDisputesEmpty(data: Disputes): boolean {
  return data.registered === 0 && resolvedTotal(data) === 0 && data.inProgress === 0 && data.petitionsAboveCounty === 0;
}
