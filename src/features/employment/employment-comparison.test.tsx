import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { createHandlers } from '@mocks/handlers';
import { paths } from '@/api/endpoints';
import { MetaSchema } from '@/api/meta';
import { api } from '@/lib/api-client';
import { renderWithClient } from '@/testing/render';
import { EmploymentPanel } from './employment-panel';

vi.mock('@/components/chart/echarts-setup', () => import('@/testing/echarts-fake'));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

const number = (text: string) => Number(text.replace(/[^\d]/g, ''));

describe('year-to-date 同比 on 1 December (issue 14.1)', () => {
  it('says what it compares with, and a reader recomputing it from the table gets the same change', async () => {
    // The demo data run to 1 December 2026: year to date is 335 days.
    server.use(...createHandlers({ asOf: '2026-12-01T12:00:00Z' }));
    const meta = await api.get(paths.meta(), MetaSchema);
    expect(meta).toMatchObject({ lastMonth: '2026-12', lastMonthDays: 1 });
    renderWithClient(<EmploymentPanel code={meta.rootCode} regionName="石榴县" period="2026" />);
    const panel = screen.getByRole('region', { name: '就业安置' });
    expect(await within(panel).findByText('石榴县 · 2026年（截至12月1日）')).toBeInTheDocument();
    const stat = (await within(panel).findByText('本期新增安置')).closest('.stat') as HTMLElement;
    const delta = within(stat).getByText(/^同比 /).textContent ?? '';

    await userEvent.click(within(panel).getByRole('button', { name: '表格' }));
    const rows = within(panel).getAllByRole('row');
    const cells = (label: RegExp) =>
      within(rows.find((r) => label.test(r.textContent ?? '')) as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent ?? '');
    const current = cells(/^本期 2026年（截至12月1日）/);
    const lastYear = cells(/^同比 上年同期 2025年1月1日—12月1日/);
    // 统计期, 期末转移就业, 本期新增安置, …: the same figure the delta was computed from.
    const change = number(current[1]!) / number(lastYear[1]!) - 1;
    const pct = (Math.round(Math.abs(change) * 1000) / 10).toFixed(1);
    expect(delta).toBe(`同比 ${change > 0 ? '↑' : '↓'}${pct}%`);
    expect(lastYear.at(-1)).toBe('12月件数、人数按 1/31 天折算（月度数据）');
  });
});
