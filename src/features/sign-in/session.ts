import { API_PREFIX } from '@/api/endpoints';

/**
 * Signing in to Shiliu's own server (docs/api.md "Signing in"): a token typed into the form or
 * an enrolment code from a link is sent once to `POST /api/v1/session`; the server answers with
 * an HttpOnly cookie that the browser sends from then on. The page keeps no secret: nothing
 * goes to localStorage, the bundle or the URL.
 */
export const SESSION_PATH = `${API_PREFIX}/session`;

export type SignInResult = { ok: true } | { ok: false; message: string };

export async function signIn(
  body: { token: string } | { enrolment: string },
  doFetch: typeof fetch = (...args) => fetch(...args),
): Promise<SignInResult> {
  let response: Response;
  try {
    response = await doFetch(SESSION_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, message: '无法连接服务器，请检查网络后重试' };
  }
  if (response.ok) return { ok: true };
  let message = `登录失败（${response.status}）`;
  try {
    const parsed = (await response.json()) as { error?: { message?: unknown } };
    if (typeof parsed.error?.message === 'string') message = parsed.error.message;
  } catch {
    // keep the status message
  }
  return { ok: false, message };
}

/** The enrolment code in a link `…/#enrol=sle_…`, or null. */
export function enrolmentFromHash(hash: string): string | null {
  const match = /^#enrol=([A-Za-z0-9_-]{1,100})$/.exec(hash);
  return match?.[1] ?? null;
}

/**
 * On start-up: takes an enrolment code from the address (the fragment, which no server and
 * no proxy log ever sees), removes it from the address and the history at once, and signs in
 * with it. Returns the failure message, if any, for the sign-in form.
 */
export async function consumeEnrolmentLink(
  location: Pick<Location, 'hash' | 'pathname' | 'search'>,
  history: Pick<History, 'replaceState' | 'state'>,
  doFetch?: typeof fetch,
): Promise<string | null> {
  const code = enrolmentFromHash(location.hash);
  if (code === null) return null;
  history.replaceState(history.state, '', location.pathname + location.search);
  const result = await signIn({ enrolment: code }, doFetch);
  return result.ok ? null : result.message;
}
