import type { Generated, Kysely } from 'kysely';
import type { Schema } from '../db/schema';
import type { AuthStore, TokenRecord } from './store';

/** The tables of migration 0003-read-tokens, as Kysely sees them. */
// A type alias, not an interface: Kysely's withTables() wants an index-signature-compatible type.
export type AuthTables = {
  read_token: {
    id: Generated<number>;
    name: string;
    token_hash: string;
    created_at: Date;
    revoked_at: Date | null;
  };
  enrolment: { code_hash: string; token_id: number; expires_at: Date };
  session: { session_hash: string; token_id: number; expires_at: Date };
};

const toRecord = (r: { id: number; name: string; created_at: Date; revoked_at: Date | null }): TokenRecord => ({
  id: r.id,
  name: r.name,
  createdAt: new Date(r.created_at),
  revokedAt: r.revoked_at === null ? null : new Date(r.revoked_at),
});

/**
 * The AuthStore in the database (PGlite or PostgreSQL, same SQL). Every statement is a
 * single-row lookup or change by primary key or unique hash; consuming an enrolment code is
 * one `DELETE … RETURNING`, so two browsers racing for the same link cannot both win.
 */
export function databaseAuthStore(database: Kysely<Schema>): AuthStore {
  const db = database.withTables<AuthTables>();
  return {
    async anyTokenEver() {
      const row = await db.selectFrom('read_token').select('id').limit(1).executeTakeFirst();
      return row !== undefined;
    },
    async createToken(name, tokenHash, now) {
      const row = await db
        .insertInto('read_token')
        .values({ name, token_hash: tokenHash, created_at: now })
        .returning(['id', 'name', 'created_at', 'revoked_at'])
        .executeTakeFirstOrThrow();
      return toRecord(row);
    },
    async listTokens() {
      const rows = await db
        .selectFrom('read_token')
        .select(['id', 'name', 'created_at', 'revoked_at'])
        .orderBy('id')
        .execute();
      return rows.map(toRecord);
    },
    async findToken(tokenHash) {
      const row = await db
        .selectFrom('read_token')
        .select(['id', 'name', 'created_at', 'revoked_at'])
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row ? toRecord(row) : null;
    },
    async revokeToken(id, now) {
      return db.transaction().execute(async (tx) => {
        const revoked = await tx
          .updateTable('read_token')
          .set({ revoked_at: now })
          .where('id', '=', id)
          .where('revoked_at', 'is', null)
          .returning('id')
          .executeTakeFirst();
        if (!revoked) return false;
        await tx.deleteFrom('session').where('token_id', '=', id).execute();
        await tx.deleteFrom('enrolment').where('token_id', '=', id).execute();
        return true;
      });
    },
    async createEnrolment(tokenId, codeHash, expiresAt) {
      await db
        .insertInto('enrolment')
        .values({ code_hash: codeHash, token_id: tokenId, expires_at: expiresAt })
        .execute();
    },
    async consumeEnrolment(codeHash, now) {
      const row = await db
        .deleteFrom('enrolment')
        .where('code_hash', '=', codeHash)
        .returning(['token_id', 'expires_at'])
        .executeTakeFirst();
      if (!row || new Date(row.expires_at) <= now) return null;
      const token = await db
        .selectFrom('read_token')
        .select('revoked_at')
        .where('id', '=', row.token_id)
        .executeTakeFirst();
      return token && token.revoked_at === null ? row.token_id : null;
    },
    async createSession(tokenId, sessionHash, expiresAt) {
      await db
        .insertInto('session')
        .values({ session_hash: sessionHash, token_id: tokenId, expires_at: expiresAt })
        .execute();
    },
    async findSession(sessionHash) {
      const row = await db
        .selectFrom('session')
        .innerJoin('read_token', 'read_token.id', 'session.token_id')
        .select(['session.token_id', 'session.expires_at', 'read_token.revoked_at'])
        .where('session.session_hash', '=', sessionHash)
        .executeTakeFirst();
      if (!row) return null;
      return { tokenId: row.token_id, expiresAt: new Date(row.expires_at), tokenRevoked: row.revoked_at !== null };
    },
    async extendSession(sessionHash, expiresAt) {
      await db.updateTable('session').set({ expires_at: expiresAt }).where('session_hash', '=', sessionHash).execute();
    },
    async deleteSession(sessionHash) {
      await db.deleteFrom('session').where('session_hash', '=', sessionHash).execute();
    },
  };
}
