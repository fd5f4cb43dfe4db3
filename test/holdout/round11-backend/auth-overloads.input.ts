// Overloaded starter: with or without per-call redirect URLs; axios with a typed response (US).
import axios from 'axios';

interface InitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

interface Redirects {
  successUrl: string;
  errorUrl: string;
}

const INITIATE_URL = 'https://netverify.com/api/authentication/v1/web/initiate';

export function startFaceCheck(userId: string, enrollment: string): Promise<string>;
export function startFaceCheck(userId: string, enrollment: string, redirects: Redirects): Promise<string>;
export async function startFaceCheck(userId: string, enrollment: string, redirects?: Redirects): Promise<string> {
  const { data } = await axios.post<InitiateResponse>(
    INITIATE_URL,
    {
      enrollmentTransactionReference: enrollment,
      userReference: userId,
      successUrl: redirects?.successUrl,
      errorUrl: redirects?.errorUrl,
    },
    {
      auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
      headers: { 'User-Agent': 'Acme Trading/7.1' },
    },
  );
  return data.redirectUrl;
}
