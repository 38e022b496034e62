/** An error a handler answers with `{error: {code, message}}`; messages are Chinese (shown to users). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * A parameter as an error message may quote it: only plain characters and short, so a message
 * never carries markup, a token or a pasted record back to the screen or a log.
 */
export function quoted(value: string): string {
  return /^[A-Za-z0-9:.,_-]{0,40}$/.test(value) ? `“${value}”` : '（所给值含不允许的字符或过长）';
}
