// @vitest-environment node
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { testApp } from './test-app';

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error('condition not reached');
}

describe('graceful shutdown', () => {
  it('finishes the requests in flight, fails readiness and refuses new connections', async () => {
    const { app, shutdown, controls } = await testApp();
    await app.listen({ host: '127.0.0.1', port: 0 });
    const port = (app.server.address() as { port: number }).port;
    const inFlight = [get(port, '/api/v1/slow'), get(port, '/api/v1/slow')];
    await until(() => controls.waiting() === 2);

    const closed = shutdown();
    let done = false;
    void closed.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(done).toBe(false); // still waiting for the two requests
    await expect(get(port, '/healthz')).rejects.toThrow(/ECONNREFUSED/);

    controls.release();
    const answers = await Promise.all(inFlight);
    expect(answers).toEqual([
      { status: 200, body: '{"done":true}' },
      { status: 200, body: '{"done":true}' },
    ]);
    await closed;
    expect(done).toBe(true);
  });

  it('answers a request that still reaches it while stopping with a 503 and the error body', async () => {
    const { app, shutdown, controls } = await testApp();
    const slow = app.inject({ url: '/api/v1/slow' });
    await until(() => controls.waiting() === 1);
    const closed = shutdown();
    const late = await app.inject({ url: '/readyz' });
    expect(late.statusCode).toBe(503);
    expect(late.json().error.code).toBe('shutting-down');
    expect(late.headers.connection).toBe('close');
    controls.release();
    expect((await slow).statusCode).toBe(200);
    await closed;
  });
});
