// ID verification at sign-up for Kestrel Invest's US entity, which verifies with Veriff. The onboarding wizard can be
// closed and reopened for a day: the session is kept in one Redis hash per applicant, and resumeVerification reads
// the page back from it instead of creating a second session.
import ky from 'ky';
import { createClient } from 'redis';
import { saveKycCase } from './store.js';

interface VeriffSessionResponse {
  status: 'success' | 'fail';
  verification: {
    id: string;
    url: string;
    vendorData: string;
    host: string;
    status: string;
    sessionToken: string;
  };
}

export interface Applicant {
  id: string;
  firstName: string;
  lastName: string;
}

export const redis = createClient({ url: process.env.REDIS_URL ?? 'redis://localhost:6379' });
redis.on('error', (err: Error) => console.error('[onboarding] redis unavailable', err.message));

const ONE_DAY_S = 24 * 60 * 60;
const sessionKey = (applicantId: string) => `onboarding:veriff:${applicantId}`;

export async function startVerification(applicant: Applicant): Promise<{ link: string; sessionId: string }> {
  const started: VeriffSessionResponse = await ky
    .post('https://stationapi.veriff.com/v1/sessions', {
      json: {
        verification: {
          callback: 'https://onboarding.kestrel.example/verify/done',
          person: { firstName: applicant.firstName, lastName: applicant.lastName },
          vendorData: applicant.id,
        },
      },
      headers: { 'X-AUTH-CLIENT': process.env.VERIFF_API_KEY ?? '', 'User-Agent': 'Kestrel Onboarding/1.9' },
      timeout: 20_000,
    })
    .json();

  // One hash per applicant; the wizard reads single fields back.
  const key = sessionKey(applicant.id);
  await redis.hSet(key, { ...started.verification, applicantId: applicant.id, createdAt: Date.now() });
  await redis.expire(key, ONE_DAY_S);

  const { url: link, id: sessionId } = started.verification;
  await saveKycCase(applicant.id, sessionId);
  return { link, sessionId };
}

export async function resumeVerification(applicantId: string): Promise<string | null> {
  const [link] = await redis.hmGet(sessionKey(applicantId), ['url']);
  return link ?? null;
}
