import { createHash, randomBytes } from 'node:crypto';

/**
 * Read tokens, enrolment codes and session ids are 256-bit random strings; only their SHA-256
 * is stored (docs/deployment.md "Tokens"). A slow password hash buys nothing for secrets this
 * long, and a fast one keeps the per-request session lookup cheap.
 */
export const SECRET_PREFIX = { token: 'slt_', enrolment: 'sle_', session: 'sls_' } as const;
export type SecretKind = keyof typeof SECRET_PREFIX;

/** 32 random bytes, base64url, with a prefix that says what it is (and lets secret scanners find it). */
export function newSecret(kind: SecretKind): string {
  return SECRET_PREFIX[kind] + randomBytes(32).toString('base64url');
}

/** The stored form of a secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Whether a string has the shape of a secret of this kind (checked before any lookup). */
export function isWellFormedSecret(kind: SecretKind, value: string): boolean {
  return new RegExp(`^${SECRET_PREFIX[kind]}[A-Za-z0-9_-]{43}$`).test(value);
}
