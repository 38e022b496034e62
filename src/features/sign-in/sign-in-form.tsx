import { useState } from 'react';
import type { FormEvent } from 'react';
import { signIn } from './session';
import './sign-in.css';

export interface SignInFormProps {
  /** Called once the server has set the session cookie. */
  onSignedIn: () => void;
  /** Why the form is shown (the API's 401/403 message, or a failed enrolment link). */
  reason: string | null;
  doFetch?: typeof fetch;
}

/**
 * 需要登录: the token an administrator made with `npm run token -- create` is typed in once;
 * the server answers with a cookie and the token is forgotten (docs/deployment.md "Tokens").
 */
export function SignInForm({ onSignedIn, reason, doFetch }: SignInFormProps) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = token.trim();
    if (!value) {
      setError('请输入访问令牌');
      return;
    }
    setBusy(true);
    const result = await signIn({ token: value }, doFetch);
    setBusy(false);
    if (result.ok) {
      setToken('');
      onSignedIn();
    } else setError(result.message);
  }

  return (
    <form className="sign-in" aria-labelledby="sign-in-title" onSubmit={(e) => void submit(e)}>
      <h1 id="sign-in-title">需要登录</h1>
      {reason && <p className="sign-in__reason">{reason}</p>}
      <label className="sign-in__label">
        访问令牌
        <input
          className="sign-in__input"
          type="password"
          name="token"
          autoComplete="off"
          spellCheck={false}
          placeholder="slt_…"
          value={token}
          onChange={(e) => setToken(e.target.value)}
        />
      </label>
      <button type="submit" className="btn" disabled={busy}>
        {busy ? '正在登录…' : '登录'}
      </button>
      {error && (
        <p className="sign-in__error" role="alert">
          {error}
        </p>
      )}
      <p className="sign-in__hint">
        令牌由管理员用 npm run token -- create 生成。登录后本浏览器保持登录，令牌不会保存在页面里。
      </p>
    </form>
  );
}
