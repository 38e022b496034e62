import { describe, expect, it } from 'vitest';
import type { Meta } from '@/api/meta';
import { resolveView } from './resolve-view';

const meta = {
  rootCode: '532398',
  firstMonth: '2024-12',
  lastMonth: '2026-11',
  metrics: [
    { id: 'minorityShare', name: '少数民族占比', kind: 'share', unit: '%', higherIsBetter: null, sensitive: true },
    {
      id: 'disputeResolutionRate',
      name: '纠纷化解率',
      kind: 'share',
      unit: '%',
      higherIsBetter: true,
      sensitive: false,
    },
  ],
} as unknown as Meta;

const view = (patch: object) => ({ region: null, period: null, metric: null, mode: 'dashboard' as const, ...patch });

describe('resolveView', () => {
  it('opens on the root, this year to date and the default metric', () => {
    expect(resolveView(view({}), meta)).toMatchObject({
      code: '532398',
      period: '2026',
      metric: 'minorityShare',
      notices: [],
    });
  });

  it('flags a malformed region code instead of requesting it', () => {
    const r = resolveView(view({ region: '<script>' }), meta);
    expect(r.code).toBeNull();
    expect(r.regionProblem).toContain('格式无效');
  });

  it('falls back from a malformed or out-of-range period with a notice', () => {
    expect(resolveView(view({ period: '2026-13' }), meta).notices[0]).toContain('格式无效');
    const r = resolveView(view({ period: '2019' }), meta);
    expect(r.period).toBe('2026');
    expect(r.notices[0]).toContain('超出数据范围');
  });

  it('keeps a valid period and metric from the URL', () => {
    expect(resolveView(view({ period: '2025-Q3', metric: 'disputeResolutionRate' }), meta)).toMatchObject({
      period: '2025-Q3',
      metric: 'disputeResolutionRate',
      notices: [],
    });
  });

  it('rejects an unknown metric', () => {
    expect(resolveView(view({ metric: 'nope' }), meta).notices[0]).toContain('nope');
  });
});
