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
