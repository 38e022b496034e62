import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Meta } from '@/api/meta';

/** Renders with a fresh QueryClient per test, without retries (TkDodo, "Testing React Query"). */
export function renderWithClient(ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  const result = render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
  return { client, ...result };
}

/** A small code list that parses with MetaSchema; panels take every name from here. */
export const testMeta: Meta = {
  datasetName: '演示县',
  demo: true,
  lastUpdated: '2026-11-22T08:30:00+08:00',
  rootCode: '522701',
  firstMonth: '2024-12',
  lastMonth: '2026-11',
  lastMonthDays: 22,
  ethnicGroups: [
    { code: '01', name: '汉族' },
    { code: '02', name: '蒙古族' },
    { code: '03', name: '回族' },
    { code: '05', name: '维吾尔族' },
    { code: '06', name: '苗族' },
    { code: '07', name: '彝族' },
    { code: '08', name: '壮族' },
    { code: '09', name: '布依族' },
    { code: '15', name: '土家族' },
    { code: '18', name: '水族' },
    { code: '97', name: '其他' },
  ],
  eventCategories: [
    { code: 'propaganda', name: '宣传教育' },
    { code: 'culture', name: '文化活动' },
    { code: 'legal', name: '法治宣传' },
    { code: 'volunteer', name: '志愿服务' },
    { code: 'party', name: '党建活动' },
    { code: 'skills', name: '技能培训' },
  ],
  disputeCategories: [
    { code: 'neighbour', name: '邻里' },
    { code: 'family', name: '婚姻家庭' },
    { code: 'land', name: '土地山林' },
    { code: 'labour', name: '劳资' },
    { code: 'property', name: '物业' },
    { code: 'other', name: '其他' },
  ],
  welfarePostTypes: [
    { code: 'cleaning', name: '保洁' },
    { code: 'security', name: '治安巡逻' },
    { code: 'care', name: '养老护理' },
  ],
  trainingCourses: [
    { code: 'housekeeping', name: '家政服务' },
    { code: 'ecommerce', name: '电子商务' },
    { code: 'embroidery', name: '民族刺绣' },
  ],
  metrics: [{ id: 'residents', name: '常住人口', kind: 'count', unit: '人', higherIsBetter: null, sensitive: false }],
  resolutionTarget: 0.95,
  gridCount: 304,
};

/** A name that must come out as text everywhere (tooltips render HTML). */
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
