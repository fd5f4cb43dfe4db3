// Drop-in #1 — the in-process adapter: replace the legacy HTTP call with one function call; the body and the
// response keep their legacy shape. (Quoted in README.md; executed by test/shim/examples.test.ts.)
import { createLegacyAdapter, openStore, type KyxEndpoints, type LegacyAdapter } from '../../../shim/index.js';

export async function createShimAdapter(endpoints?: KyxEndpoints): Promise<LegacyAdapter> {
  const store = await openStore(process.env.SHIM_STORE ?? 'sqlite:netverify-shim.db');
  return createLegacyAdapter({
    store,
    region: 'emea-1',
    client: { clientId: process.env.KYX_CLIENT_ID ?? '', clientSecret: process.env.KYX_CLIENT_SECRET ?? '' },
    userAgent: 'Acme Onboarding/3.1',
    endpoints, // leave undefined in production: the KYX hosts of the region are used
  });
}

// The legacy call site, after: same body, same response fields.
export async function startAuthentication(adapter: LegacyAdapter, enrollmentReference: string, userId: string) {
  const { redirectUrl, transactionReference } = await adapter.initiateAuthentication({
    enrollmentTransactionReference: enrollmentReference,
    callbackUrl: 'https://acme.example/jumio/callback',
    successUrl: 'https://acme.example/auth/done',
    userReference: userId,
    tokenLifetimeInMinutes: 30,
  });
  return { redirectUrl, transactionReference };
}
