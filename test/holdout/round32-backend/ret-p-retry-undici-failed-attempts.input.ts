// Payroll app (US): settles a pending face login by asking the vendor for its result. The lookup is retried with
// p-retry (5xx and network errors; an unknown reference aborts at once); every failed attempt is counted in
// Prometheus and logged with its attempt number.
import { request } from 'undici';
import pRetry, { AbortError, type FailedAttemptError } from 'p-retry';
import { Counter } from 'prom-client';
import { markUserVerified, saveResult } from './store.js';

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

const retrievalRetries = new Counter({
  name: 'face_login_retrieval_retries_total',
  help: 'Failed attempts to read a face-login result',
  labelNames: ['attempt'] as const,
});

const NETVERIFY_AUTHENTICATIONS = 'https://netverify.com/api/netverify/v2/authentications';
const authorization = 'Basic ' + Buffer.from(`${process.env.NETVERIFY_TOKEN}:${process.env.NETVERIFY_SECRET}`).toString('base64');

export async function settleFaceLogin(reference: string): Promise<'settled' | 'pending'> {
  const details = await pRetry(
    async () => {
      const { statusCode, body } = await request(`${NETVERIFY_AUTHENTICATIONS}/${reference}`, {
        headers: { accept: 'application/json', authorization, 'user-agent': 'Tallis Payroll/3.3' },
        headersTimeout: 10_000,
      });
      if (statusCode === 404) {
        await body.dump();
        throw new AbortError(`unknown face login ${reference}`);
      }
      if (statusCode !== 200) {
        await body.dump();
        throw new Error(`face-login result answered ${statusCode}`);
      }
      return (await body.json()) as AuthenticationDetails;
    },
    {
      retries: 5,
      minTimeout: 1_000,
      maxTimeout: 15_000,
      onFailedAttempt: (error: FailedAttemptError) => {
        retrievalRetries.inc({ attempt: String(error.attemptNumber) });
        console.warn(`[face-login] result lookup failed (attempt ${error.attemptNumber}, ${error.retriesLeft} left): ${error.message}`);
      },
    },
  );

  if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') return 'pending';
  await saveResult(details.transactionReference, { result: details.transactionResult, at: details.transactionDate });
  if (details.userReference) await markUserVerified(details.userReference, details.transactionResult === 'PASSED');
  return 'settled';
}
