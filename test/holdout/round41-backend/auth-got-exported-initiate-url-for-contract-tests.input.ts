// Face login start for the Aldgate Building Society app (Jumio Netverify Authentication, EU data centre).
// The endpoint constant is exported for the contract tests, which hand its origin and path to nock
// (test/contract/face-login.contract.test.ts); nothing else imports it.
import got from 'got';
import { saveFaceLogin } from './store.js';

export const NETVERIFY_INITIATE_URL = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

const RETURN_PAGES = 'https://app.aldgatebs.example/secure/face-login';

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface Member {
  id: string;
  jumioEnrolment: string;
  preferredLocale?: string;
}

export async function startFaceLogin(member: Member): Promise<{ url: string; reference: string }> {
  const started = await got
    .post(NETVERIFY_INITIATE_URL, {
      json: {
        enrollmentTransactionReference: member.jumioEnrolment,
        userReference: member.id,
        successUrl: `${RETURN_PAGES}/complete`,
        errorUrl: `${RETURN_PAGES}/failed`,
        locale: member.preferredLocale ?? 'en-GB',
        tokenLifetimeInMinutes: 20,
      },
      username: process.env.NETVERIFY_API_TOKEN,
      password: process.env.NETVERIFY_API_SECRET,
      headers: { Accept: 'application/json', 'User-Agent': 'AldgateBS-App/7.2' },
    })
    .json<FaceLoginStarted>();
  await saveFaceLogin(member.id, started.transactionReference);
  return { url: started.redirectUrl, reference: started.transactionReference };
}
