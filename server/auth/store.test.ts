// @vitest-environment node
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/each-database';
import { hashSecret } from './secrets';
import type { AuthStore } from './store';
import { memoryAuthStore } from './store';
import { databaseAuthStore } from './db-store';

/** What every AuthStore must do; run on memory and on both database engines. */
function storeContract(store: () => Promise<AuthStore>) {
  const at = new Date('2026-12-01T08:00:00Z');
  const later = new Date('2026-12-09T08:00:00Z');

  it('creates, finds and lists tokens by hash; remembers that one existed after revoking it', async () => {
    const s = await store();
    expect(await s.anyTokenEver()).toBe(false);
    const a = await s.createToken('综治中心大屏', hashSecret('a'), at);
    const b = await s.createToken('会议室', hashSecret('b'), at);
    expect(await s.findToken(hashSecret('a'))).toEqual({
      id: a.id,
      name: '综治中心大屏',
      createdAt: at,
      revokedAt: null,
    });
    expect(await s.findToken(hashSecret('c'))).toBeNull();
    expect((await s.listTokens()).map((t) => t.name)).toEqual(['综治中心大屏', '会议室']);
    expect(await s.revokeToken(b.id, later)).toBe(true);
    expect(await s.revokeToken(b.id, later)).toBe(false);
    expect(await s.revokeToken(9999, later)).toBe(false);
    expect((await s.findToken(hashSecret('b')))?.revokedAt).toEqual(later);
    expect(await s.anyTokenEver()).toBe(true);
  });

  it('an enrolment code is consumed once and not after it expired or its token was revoked', async () => {
    const s = await store();
    const t = await s.createToken('大屏', hashSecret('t'), at);
    await s.createEnrolment(t.id, hashSecret('e1'), later);
    await s.createEnrolment(t.id, hashSecret('e2'), at);
    await s.createEnrolment(t.id, hashSecret('e3'), later);
    expect(await s.consumeEnrolment(hashSecret('e1'), at)).toBe(t.id);
    expect(await s.consumeEnrolment(hashSecret('e1'), at)).toBeNull();
    expect(await s.consumeEnrolment(hashSecret('e2'), later)).toBeNull();
    await s.revokeToken(t.id, at);
    expect(await s.consumeEnrolment(hashSecret('e3'), at)).toBeNull();
  });

  it('sessions are found with their token state, extended, deleted, and gone with a revoked token', async () => {
    const s = await store();
    const t = await s.createToken('大屏', hashSecret('t'), at);
    await s.createSession(t.id, hashSecret('s1'), later);
    expect(await s.findSession(hashSecret('s1'))).toEqual({ tokenId: t.id, expiresAt: later, tokenRevoked: false });
    const further = new Date('2027-06-01T00:00:00Z');
    await s.extendSession(hashSecret('s1'), further);
    expect((await s.findSession(hashSecret('s1')))?.expiresAt).toEqual(further);
    await s.createSession(t.id, hashSecret('s2'), later);
    await s.deleteSession(hashSecret('s2'));
    expect(await s.findSession(hashSecret('s2'))).toBeNull();
    await s.revokeToken(t.id, at);
    expect(await s.findSession(hashSecret('s1'))).toBeNull();
  });
}

describe('memory auth store', () => storeContract(async () => memoryAuthStore()));

describeEachDatabase('database auth store', (t) => {
  // Each case starts from empty tables (TRUNCATE … CASCADE empties enrolments and sessions too).
  storeContract(async () => {
    await sql`truncate read_token restart identity cascade`.execute(t().db);
    return databaseAuthStore(t().db);
  });
});
