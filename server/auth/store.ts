/**
 * Where tokens, enrolment codes and sessions live. Every secret is passed and kept as its hash
 * (secrets.ts); the store never sees a secret. Two implementations: the database
 * (server/auth/db-store.ts, tables of migration `auth`) and memory (tests, and the interface's
 * reference behaviour).
 */
export interface TokenRecord {
  id: number;
  name: string;
  createdAt: Date;
  revokedAt: Date | null;
}

export interface SessionRecord {
  tokenId: number;
  expiresAt: Date;
  /** The token it was opened with has been revoked since. */
  tokenRevoked: boolean;
}

export interface AuthStore {
  /** Whether a token was ever created (revoked ones count: revoking the last must not open the API). */
  anyTokenEver(): Promise<boolean>;
  createToken(name: string, tokenHash: string, now: Date): Promise<TokenRecord>;
  listTokens(): Promise<TokenRecord[]>;
  findToken(tokenHash: string): Promise<TokenRecord | null>;
  /** Marks the token revoked and deletes its sessions and enrolment codes; false if unknown or already revoked. */
  revokeToken(id: number, now: Date): Promise<boolean>;
  createEnrolment(tokenId: number, codeHash: string, expiresAt: Date): Promise<void>;
  /** Deletes the code and returns its token id when it was unused and unexpired: a code works once. */
  consumeEnrolment(codeHash: string, now: Date): Promise<number | null>;
  createSession(tokenId: number, sessionHash: string, expiresAt: Date): Promise<void>;
  findSession(sessionHash: string): Promise<SessionRecord | null>;
  extendSession(sessionHash: string, expiresAt: Date): Promise<void>;
  deleteSession(sessionHash: string): Promise<void>;
}

/** The store in memory. */
export function memoryAuthStore(): AuthStore {
  const tokens = new Map<number, TokenRecord & { hash: string }>();
  const enrolments = new Map<string, { tokenId: number; expiresAt: Date }>();
  const sessions = new Map<string, { tokenId: number; expiresAt: Date }>();
  let nextId = 1;
  const strip = ({ hash: _hash, ...t }: TokenRecord & { hash: string }): TokenRecord => ({ ...t });
  return {
    anyTokenEver: async () => tokens.size > 0,
    async createToken(name, hash, now) {
      const record = { id: nextId++, name, createdAt: now, revokedAt: null, hash };
      tokens.set(record.id, record);
      return strip(record);
    },
    listTokens: async () => [...tokens.values()].map(strip),
    async findToken(hash) {
      const found = [...tokens.values()].find((t) => t.hash === hash);
      return found ? strip(found) : null;
    },
    async revokeToken(id, now) {
      const token = tokens.get(id);
      if (!token || token.revokedAt) return false;
      token.revokedAt = now;
      for (const [k, s] of sessions) if (s.tokenId === id) sessions.delete(k);
      for (const [k, e] of enrolments) if (e.tokenId === id) enrolments.delete(k);
      return true;
    },
    async createEnrolment(tokenId, hash, expiresAt) {
      enrolments.set(hash, { tokenId, expiresAt });
    },
    async consumeEnrolment(hash, now) {
      const e = enrolments.get(hash);
      enrolments.delete(hash);
      if (!e || e.expiresAt <= now || tokens.get(e.tokenId)?.revokedAt) return null;
      return e.tokenId;
    },
    async createSession(tokenId, hash, expiresAt) {
      sessions.set(hash, { tokenId, expiresAt });
    },
    async findSession(hash) {
      const s = sessions.get(hash);
      if (!s) return null;
      return { ...s, tokenRevoked: tokens.get(s.tokenId)?.revokedAt != null };
    },
    async extendSession(hash, expiresAt) {
      const s = sessions.get(hash);
      if (s) s.expiresAt = expiresAt;
    },
    async deleteSession(hash) {
      sessions.delete(hash);
    },
  };
}
