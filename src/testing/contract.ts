import { z } from 'zod/mini';
import { unknownFields } from '@/api/unknown-fields';

/**
 * The contract tests' parse of an answer: it must parse with the client's schema AND carry no
 * field the contract does not document. The client's schemas tolerate unknown fields (docs/api.md
 * "Evolution"), so this is the check that keeps Shiliu's own answer layer exact.
 */
export function parseExact<S extends z.ZodMiniType>(schema: S, body: unknown, what: string): z.infer<S> {
  const result = z.safeParse(schema, body);
  if (!result.success) throw new Error(`${what}: ${result.error.message}`);
  const extra = unknownFields(body, result.data);
  if (extra.length > 0) throw new Error(`${what}: fields not in the contract: ${extra.join(', ')}`);
  return result.data;
}
