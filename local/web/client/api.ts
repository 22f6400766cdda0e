/** Talking to the simulator's JSON API (/simulator/api). */

const API = '/simulator/api';

/** A failed call: the server's message, the input field at fault (if any) and the HTTP status (0 = unreachable). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function post<T>(path: string, body: unknown): Promise<T> {
  return request<T>(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

export function get<T>(path: string): Promise<T> {
  return request<T>(path, { method: 'GET' });
}

/** Resolves to the JSON body; rejects with an ApiError for 4xx/5xx answers or an unreachable server. */
async function request<T>(path: string, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(API + path, init);
  } catch (error) {
    throw new ApiError(`could not reach the local server (${error instanceof Error ? error.message : String(error)})`, 0);
  }
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  const body = data !== null && typeof data === 'object' ? (data as { error?: unknown; field?: unknown }) : null;
  if (!res.ok) {
    const message = typeof body?.error === 'string' ? body.error : `HTTP ${res.status} ${res.statusText}`;
    throw new ApiError(message, res.status, typeof body?.field === 'string' ? body.field : undefined);
  }
  if (data === null) throw new ApiError('the server answered something that is not JSON', res.status);
  return data as T;
}
