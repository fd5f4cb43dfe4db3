// One typed request helper for every Jumio call of the app (initiate, retrieval): base URL and credentials in one place.
const JUMIO_BASE = 'https://netverify.com';
const AUTHORIZATION = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export class JumioError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function jumioRequest<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${JUMIO_BASE}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      Authorization: AUTHORIZATION,
      'User-Agent': 'Acme Identity/2.0',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new JumioError(res.status, `${method} ${path} failed`);
  return (await res.json()) as T;
}
