// ID verification at sign-up (EU data centre) for Kestrel Invest. The onboarding wizard can be closed and reopened
// for a day: the vendor's answer is kept in one Redis hash per applicant, and resumeVerification reads the page back
// from it instead of starting a second verification.
import ky from 'ky';
import { createClient } from 'redis';
import { saveKycCase } from './store.js';

interface V4InitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface Applicant {
  id: string;
  country: string;
}

export const redis = createClient({ url: process.env.REDIS_URL ?? 'redis://localhost:6379' });
redis.on('error', (err: Error) => console.error('[onboarding] redis unavailable', err.message));

const apiUser = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');
const ONE_DAY_S = 24 * 60 * 60;
const sessionKey = (applicantId: string) => `onboarding:idv:${applicantId}`;

export async function startVerification(applicant: Applicant): Promise<{ link: string; scanRef: string }> {
  const started: V4InitiateResponse = await ky
    .post('https://lon.netverify.com/api/v4/initiate', {
      json: {
        customerInternalReference: applicant.id,
        userReference: applicant.id,
        workflowId: 200,
        presets: [{ index: 1, country: applicant.country, type: 'ID_CARD' }],
        successUrl: 'https://onboarding.kestrel.example/verify/done',
        errorUrl: 'https://onboarding.kestrel.example/verify/error',
        callbackUrl: 'https://api.kestrel.example/webhooks/jumio/id-verification',
        tokenLifetimeInMinutes: 1440,
      },
      headers: { Authorization: `Basic ${apiUser}`, 'User-Agent': 'Kestrel Onboarding/1.9' },
      timeout: 20_000,
    })
    .json();

  // One hash per applicant; the wizard reads single fields back.
  const key = sessionKey(applicant.id);
  await redis.hSet(key, { ...started, applicantId: applicant.id, createdAt: Date.now() });
  await redis.expire(key, ONE_DAY_S);

  const { redirectUrl: link, transactionReference: scanRef } = started;
  await saveKycCase(applicant.id, scanRef);
  return { link, scanRef };
}

export async function resumeVerification(applicantId: string): Promise<string | null> {
  const [link] = await redis.hmGet(sessionKey(applicantId), ['redirectUrl']);
  return link ?? null;
}
