// Front end of the bank: the app's own typed request helper calls its own step-up API (same-origin paths).
async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    credentials: 'include',
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status}`);
  return (await res.json()) as T;
}

export async function beginStepUp(returnTo: string) {
  const started = await request<{ redirectUrl: string; transactionReference: string }>('POST', '/api/step-up/web/initiate', {
    successUrl: returnTo,
    errorUrl: returnTo,
    locale: navigator.language.slice(0, 5),
  });
  sessionStorage.setItem('stepUpRef', started.transactionReference);
  window.location.assign(started.redirectUrl);
}
