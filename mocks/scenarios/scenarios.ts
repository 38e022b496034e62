import type { HttpHandler } from 'msw';
import type { DatasetOptions } from '../generator/dataset';
import type { HostileScenario, ScenarioLogEntry } from './hostile';
import { createHostileScenario } from './hostile';
import { createOfficialNamesHandlers } from './official-names';

/**
 * Named variants of the HTTP mock API (`--scenario`, `POST /__control/scenario`). `healthy` is
 * the plain mock; the others put handlers in front of it (`official-names`: the communities under
 * their long official names, mocks/scenarios/official-names.ts). The browser mock (MSW worker) always
 * serves `healthy`.
 */
export const SCENARIO_NAMES = ['healthy', 'hostile', 'official-names'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && (SCENARIO_NAMES as readonly string[]).includes(value);
}

export interface ActiveScenario {
  name: ScenarioName;
  /** Tried before the healthy handlers; each falls through for what it does not break. */
  handlers: HttpHandler[];
  /** Faults answered since the scenario was switched on. */
  log: ScenarioLogEntry[];
  /** Regions whose endpoints misbehave, by role (see mocks/scenarios/hostile.ts). */
  codes: HostileScenario['codes'] | null;
}

export function createScenario(name: ScenarioName, options: DatasetOptions = {}): ActiveScenario {
  if (name === 'healthy') return { name, handlers: [], log: [], codes: null };
  if (name === 'official-names') return { name, handlers: createOfficialNamesHandlers(options), log: [], codes: null };
  const hostile = createHostileScenario(options);
  return { name, ...hostile };
}
