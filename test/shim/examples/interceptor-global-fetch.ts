// Drop-in #2 — the undici interceptor: install it once at start-up; legacy code that calls the legacy host with
// fetch (Node's global fetch too) or undici keeps working unchanged. (Quoted in README.md; run by the tests.)
import { Agent, setGlobalDispatcher } from 'undici';
import { legacyNetverifyInterceptor, type LegacyAdapter } from '../../../shim/index.js';

export function installShim(adapter: LegacyAdapter): void {
  setGlobalDispatcher(new Agent().compose(legacyNetverifyInterceptor({ adapter })));
}

// Unchanged legacy code:
export async function legacyInitiate(apiToken: string, apiSecret: string, enrollmentReference: string) {
  const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': 'Acme Onboarding/3.1',
      Authorization: `Basic ${Buffer.from(`${apiToken}:${apiSecret}`).toString('base64')}`,
    },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, callbackUrl: 'https://acme.example/jumio/callback' }),
  });
  if (!res.ok) throw new Error(`Jumio initiate failed: ${res.status}`);
  return (await res.json()) as { timestamp: string; redirectUrl: string; transactionReference: string };
}
