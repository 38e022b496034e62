import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { consumeEnrolmentLink, enrolmentFromHash, SESSION_PATH, signIn } from './session';
import { SignInForm } from './sign-in-form';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('signIn', () => {
  it('posts the token once as JSON to the session endpoint, same origin', async () => {
    const doFetch = vi.fn(async () => json(200, { signedIn: true }));
    expect(await signIn({ token: 'slt_abc' }, doFetch)).toEqual({ ok: true });
    expect(doFetch).toHaveBeenCalledWith(
      SESSION_PATH,
      expect.objectContaining({ method: 'POST', credentials: 'same-origin' }),
    );
    const init = (doFetch.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(JSON.parse(String(init.body))).toEqual({ token: 'slt_abc' });
  });

  it("passes the server's message on, or says what failed", async () => {
    const refused = async () => json(403, { error: { code: 'token-revoked', message: '访问令牌已被吊销' } });
    expect(await signIn({ token: 'x' }, refused)).toEqual({ ok: false, message: '访问令牌已被吊销' });
    expect(await signIn({ token: 'x' }, async () => new Response('<html>', { status: 502 }))).toEqual({
      ok: false,
      message: '登录失败（502）',
    });
    const offline = async () => Promise.reject(new TypeError('Failed to fetch'));
    expect((await signIn({ token: 'x' }, offline)).ok).toBe(false);
  });
});

describe('enrolment links', () => {
  it('reads the code from the fragment only', () => {
    expect(enrolmentFromHash('#enrol=sle_AbC-9_x')).toBe('sle_AbC-9_x');
    expect(enrolmentFromHash('')).toBeNull();
    expect(enrolmentFromHash('#enrol=')).toBeNull();
    expect(enrolmentFromHash('#enrol=<script>')).toBeNull();
  });

  it('removes the code from the address before signing in with it', async () => {
    const order: string[] = [];
    const history = { state: null, replaceState: vi.fn(() => order.push('clean')) };
    const doFetch = vi.fn(async () => {
      order.push('post');
      return json(401, { error: { code: 'bad-enrolment', message: '登录链接无效、已使用或已过期' } });
    });
    const location = { hash: '#enrol=sle_code', pathname: '/', search: '?mode=screen' };
    expect(await consumeEnrolmentLink(location, history, doFetch)).toBe('登录链接无效、已使用或已过期');
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/?mode=screen');
    expect(order).toEqual(['clean', 'post']);
    expect(await consumeEnrolmentLink({ ...location, hash: '' }, history, doFetch)).toBeNull();
    expect(doFetch).toHaveBeenCalledTimes(1);
  });
});

describe('SignInForm', () => {
  afterEach(cleanup);

  it('signs in with the typed token, then forgets it', async () => {
    const onSignedIn = vi.fn();
    const doFetch = vi.fn(async () => json(200, { signedIn: true }));
    render(<SignInForm reason="需要登录：访问令牌缺失或已过期" onSignedIn={onSignedIn} doFetch={doFetch} />);
    expect(screen.getByRole('heading', { name: '需要登录' })).toBeInTheDocument();
    const input = screen.getByLabelText('访问令牌');
    expect(input).toHaveAttribute('type', 'password');
    await userEvent.type(input, '  slt_secret  ');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(onSignedIn).toHaveBeenCalledOnce();
    expect(input).toHaveValue('');
    expect(localStorage.length).toBe(0);
  });

  it('shows why a sign-in failed and asks for a token when none was typed', async () => {
    const doFetch = vi.fn(async () => json(401, { error: { code: 'bad-token', message: '访问令牌无效' } }));
    render(<SignInForm reason={null} onSignedIn={() => {}} doFetch={doFetch} />);
    await userEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(screen.getByRole('alert')).toHaveTextContent('请输入访问令牌');
    expect(doFetch).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('访问令牌'), 'slt_wrong');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('访问令牌无效')).toBeInTheDocument();
  });
});
