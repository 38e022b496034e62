import type { Migration } from 'kysely';
import * as initial from './0001-initial';
import * as codeLists from './0002-code-lists';
import * as readTokens from './0003-read-tokens';

/**
 * Every migration, in order. Forward only: a released migration is never edited; a change
 * is a new numbered file added here. The names are recorded in `schema_migration`.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0002-code-lists': codeLists,
  '0003-read-tokens': readTokens,
};
