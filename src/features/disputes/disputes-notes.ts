import type { Disputes } from '@/api/indicators';
import { formatCount } from '@/lib/format';
import { anyUnreliable } from '@/lib/privacy';
import { resolvedTotal } from './disputes-model';

// What the disputes panel says beside its figures: the flow note, the caveat, the empty state.

/** "受理 120 件，办理中 8 件，上报上级 3 件". */
export function disputesFlowNote(data: Disputes): string {
  return `受理 ${formatCount(data.registered)} 件，办理中 ${formatCount(data.inProgress)} 件，上报上级 ${formatCount(data.escalated)} 件`;
}

export function disputesHaveUnreliable(data: Disputes): boolean {
  return anyUnreliable([data.resolutionRate, data.resolvedInGrid, data.resolvedInCommunity]);
}

export function isDisputesEmpty(data: Disputes): boolean {
  return data.registered === 0 && resolvedTotal(data) === 0 && data.inProgress === 0 && data.petitionsAboveCounty === 0;
}
