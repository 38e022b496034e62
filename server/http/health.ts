import type { FastifyInstance } from 'fastify';
import { sendError } from './errors';

export interface HealthOptions {
  /** Resolves when the database answers (e.g. `select 1`); rejects otherwise. */
  ping: () => Promise<void>;
  /** False once shutdown began: a load balancer takes the process out before it goes. */
  accepting: () => boolean;
}

/**
 * `/healthz`: the process is alive and answering (liveness; a restart is the remedy when not).
 * `/readyz`: it can serve data now — the database answers and no shutdown is under way
 * (readiness; the load balancer sends traffic elsewhere while not). Neither needs a token and
 * neither says anything about the data.
 */
export function registerHealth(app: FastifyInstance, { ping, accepting }: HealthOptions): void {
  app.get('/healthz', { config: { rateLimit: false } }, async (_request, reply) =>
    reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  );
  app.get('/readyz', { config: { rateLimit: false } }, async (request, reply) => {
    if (!accepting()) return sendError(reply, 503, 'shutting-down', '服务正在停止');
    try {
      await ping();
    } catch (error) {
      request.log.warn({ errType: (error as Error).name }, 'readiness: database unreachable');
      return sendError(reply.header('retry-after', '5'), 503, 'database-unavailable', '数据库暂时无法连接，请稍后重试');
    }
    return reply.header('cache-control', 'no-store').send({ status: 'ready' });
  });
}
