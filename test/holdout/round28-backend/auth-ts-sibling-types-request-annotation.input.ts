// Face login of the pension portal (TypeScript, axios). The request and answer shapes live in types.ts beside this
// service; the endpoint and the credentials are one settings object of the module.
import axios from 'axios';
import type { JumioAuthInitiateRequest, JumioAuthInitiateResponse } from './types.js';
import { saveFaceLogin } from './store.js';

const jumioSettings = {
  authUrl: 'https://netverify.com/api/authentication/v1/web/initiate',
  apiToken: process.env.JUMIO_API_TOKEN ?? '',
  apiSecret: process.env.JUMIO_API_SECRET ?? '',
  userAgent: 'Acme Pensions/4.2',
};

const PORTAL = 'https://my.acme-pensions.com';

interface Member {
  id: string;
  enrollmentReference: string;
  locale: string;
}

export async function startFaceLogin(member: Member): Promise<string> {
  const body: JumioAuthInitiateRequest = {
    enrollmentTransactionReference: member.enrollmentReference,
    userReference: member.id,
    successUrl: `${PORTAL}/face-login/complete`,
    errorUrl: `${PORTAL}/face-login/error`,
    locale: member.locale,
    tokenLifetimeInMinutes: 20,
  };
  const { data } = await axios.post<JumioAuthInitiateResponse>(jumioSettings.authUrl, body, {
    auth: { username: jumioSettings.apiToken, password: jumioSettings.apiSecret },
    headers: { Accept: 'application/json', 'User-Agent': jumioSettings.userAgent },
  });
  await saveFaceLogin(member.id, data.transactionReference);
  return data.redirectUrl;
}
