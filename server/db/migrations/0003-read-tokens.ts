import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * Read tokens for screens and people (`npm run token`), their one-time enrolment codes and the
 * browser sessions opened with them (server/auth/, docs/deployment.md "Tokens"). Only SHA-256
 * hashes of the secrets are stored. Small tables: on Citus they stay on the coordinator (or
 * become reference tables); no fact table refers to them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the database as it was then
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('read_token')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) between 1 and 100`))
    .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('enrolment')
    .addColumn('code_hash', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('token_id', 'integer', (c) => c.notNull().references('read_token.id').onDelete('cascade'))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('session')
    .addColumn('session_hash', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('token_id', 'integer', (c) => c.notNull().references('read_token.id').onDelete('cascade'))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('session_token_id').on('session').column('token_id').execute();
  await db.schema.createIndex('enrolment_token_id').on('enrolment').column('token_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('session').execute();
  await db.schema.dropTable('enrolment').execute();
  await db.schema.dropTable('read_token').execute();
}
