import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { createHandlers } from '@mocks/handlers';
import { county, AS_OF, SEED } from '@mocks/test-fixtures';
import { routes } from '@/api/endpoints';
import type { Events } from '@/api/indicators';
import { toCsv } from '@/components/table/csv';
import { renderWithClient, testMeta } from '@/testing/render';
import { urbanEvents } from '@/testing/fixtures/events';
import { EventsPanel } from './events-panel';
import { toEventsTable } from './events-table';

vi.mock('@/components/chart/echarts-setup', () => import('@/testing/echarts-fake'));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

const SMALL_UNIT = '该单位常住人口不足 50 人，不公开民族构成';

/** A grid of the demo county under 50 residents, as the mock API serves it. */
function smallGrid() {
  const grid = county().tree.grids.find((g) => g.residents < 50);
  if (!grid) throw new Error('no grid under 50 residents');
  return grid.node;
}

describe('the small-unit rule covers attendances (issue 14.3)', () => {
  it('a grid under 50 residents shows no minority share of attendances, with the 民族构成 text', async () => {
    server.use(...createHandlers({ size: 'county', seed: SEED, asOf: AS_OF }));
    const grid = smallGrid();
    renderWithClient(<EventsPanel code={grid.code} regionName={grid.name} period="2026-Q3" />);
    const panel = screen.getByRole('region', { name: '活动参与' });
    const share = (await within(panel).findByText('少数民族参与占比（按人次）')).closest('.stat') as HTMLElement;
    expect(within(share).getByText('不公开')).toBeInTheDocument();
    expect(share).not.toHaveTextContent(/人次\s*$|%/);
    expect(within(panel).getByText(SMALL_UNIT)).toBeInTheDocument();

    await userEvent.click(within(panel).getByRole('button', { name: '表格' }));
    const text = within(panel).getByTestId('data-table').textContent ?? '';
    expect(text).not.toMatch(/少数民族参与占比（按人次）\d/);
    const rows = within(panel).getAllByRole('row');
    const culture = rows.find((r) => r.textContent?.startsWith('文化活动'))!;
    expect(culture).toHaveTextContent('不公开（隐私保护）');
  });

  it('withholds them on screen and in files even when a server sent them', async () => {
    // An older server: minority share of residents withheld as small-unit, attendances not.
    const leaky: Events = {
      ...urbanEvents,
      categories: urbanEvents.categories.map((c) => ({ ...c, attendances: 10, minorityAttendances: 3 })),
      minorityShareOfAttendances: { numerator: 19, denominator: 191, value: 19 / 191 },
      minorityShareOfResidents: { suppressed: true, reason: 'small-unit' },
      minorityCoverage: { suppressed: true, reason: 'small-unit' },
    };
    server.use(
      http.get(routes.meta, () => HttpResponse.json(testMeta)),
      http.get(routes.events, () => HttpResponse.json(leaky)),
    );
    renderWithClient(<EventsPanel code="522701001002001" regionName="第二网格" period="2026-Q3" />);
    const panel = screen.getByRole('region', { name: '活动参与' });
    expect(await within(panel).findByText(SMALL_UNIT)).toBeInTheDocument();
    expect(panel).not.toHaveTextContent('9.9%');
    expect(panel).not.toHaveTextContent('19 / 191');

    const csv = toCsv(toEventsTable(leaky, testMeta, '2026年第3季度'), []);
    expect(csv).not.toContain('19');
    expect(csv).toContain(SMALL_UNIT);
  });
});
