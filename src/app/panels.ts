// The four indicator panels as one chunk (see lazy-parts.tsx): they share ECharts.
export { DisputesPanel } from '@/features/disputes/disputes-panel';
export { EmploymentPanel } from '@/features/employment/employment-panel';
export { EthnicPanel } from '@/features/ethnic/ethnic-panel';
export { EventsPanel } from '@/features/events/events-panel';
