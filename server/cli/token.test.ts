// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAuthenticator } from '../auth/authenticate';
import { memoryAuthStore } from '../auth/store';
import { runTokenCommand, USAGE } from './token';

const URL_BASE = 'http://10.1.2.3:8787';

describe('npm run token', () => {
  it('create prints a working token and a one-time link once; list shows no secret', async () => {
    const store = memoryAuthStore();
    const out = await runTokenCommand(['create', '--name', '综治中心大屏'], store, URL_BASE);
    const token = /访问令牌：(slt_\S+)/.exec(out.join('\n'))?.[1] ?? '';
    const code = /#enrol=(sle_\S+)/.exec(out.join('\n'))?.[1] ?? '';
    expect(out.join('\n')).toContain(`${URL_BASE}/#enrol=`);
    const auth = createAuthenticator(store, 'auto');
    await expect(auth.check({ authorization: `Bearer ${token}`, session: undefined })).resolves.toEqual({ tokenId: 1 });
    await expect(auth.signInWithEnrolment(code)).resolves.toHaveProperty('session');
    await expect(auth.signInWithEnrolment(code)).rejects.toMatchObject({ statusCode: 401 });
    const list = (await runTokenCommand(['list'], store, URL_BASE)).join('\n');
    expect(list).toMatch(/^1\t综治中心大屏\t生成于 .+\t有效$/);
    expect(list).not.toContain(token);
  });

  it('link makes a new one-time link; revoke stops the token and says so', async () => {
    const store = memoryAuthStore();
    await runTokenCommand(['create', '--name=会议室'], store, URL_BASE);
    const link = (await runTokenCommand(['link', '1'], store, URL_BASE)).join('\n');
    expect(link).toMatch(/#enrol=sle_/);
    expect(await runTokenCommand(['revoke', '1'], store, URL_BASE)).toEqual([
      '已吊销令牌 1：用它登录的屏幕须重新登录。',
    ]);
    expect((await runTokenCommand(['list'], store, URL_BASE))[0]).toMatch(/已吊销/);
    await expect(runTokenCommand(['revoke', '1'], store, URL_BASE)).rejects.toThrow('没有编号为 1 的有效令牌');
    await expect(runTokenCommand(['link', '1'], store, URL_BASE)).rejects.toThrow('没有编号为 1 的有效令牌');
  });

  it('refuses a missing name, a bad id and an unknown command with the usage', async () => {
    const store = memoryAuthStore();
    await expect(runTokenCommand(['create'], store, URL_BASE)).rejects.toThrow(/--name/);
    await expect(runTokenCommand(['create', '--name', 'x'.repeat(101)], store, URL_BASE)).rejects.toThrow(/1–100/);
    await expect(runTokenCommand(['revoke', 'abc'], store, URL_BASE)).rejects.toThrow(/编号应为数字/);
    await expect(runTokenCommand([], store, URL_BASE)).rejects.toThrow(USAGE);
    await expect(runTokenCommand(['delete', '1'], store, URL_BASE)).rejects.toThrow(USAGE);
    expect(await store.anyTokenEver()).toBe(false);
  });
});
