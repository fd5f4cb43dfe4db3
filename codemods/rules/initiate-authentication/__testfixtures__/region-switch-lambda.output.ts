import axios from 'axios';
import type { JumioResponse } from './jumio-types';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

type Region = 'US' | 'EU' | 'SG';

function authUrl(region: Region): string {
  switch (region) {
    case 'US':
      return 'https://netverify.com/api/authentication/v1/web/initiate';
    case 'EU':
      return 'https://lon.netverify.com/api/authentication/v1/web/initiate';
    case 'SG':
      return 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';
  }
}

export const handler = async (event: { region: Region; enrollmentReference: string; userId: string }) => {
  const kyxAccount = await resolveKyxAccount(event.enrollmentReference);
  const kyxOrigin = ({ 'https://netverify.com': 'https://account.amer-1.jumio.ai', 'https://lon.netverify.com': 'https://account.emea-1.jumio.ai', 'https://core-sgp.jumio.com': 'https://account.apac-1.jumio.ai' } as Record<string, string>)[new URL(authUrl(event.region)).origin];
  const headers = {
    Authorization: `Bearer ${await kyxAccessToken(kyxOrigin)}`,
    'User-Agent': 'Example Lambda/1.0',
  };
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await axios.put<JumioResponse>(
    `${kyxOrigin}/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: event.userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: event.userId },
    { headers },
  );
  // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  await saveRecord({ userId: event.userId, jumioResponse: res.data });
  return { statusCode: 200, body: JSON.stringify({ url: res.data.web.href }) };
};

async function saveRecord(record: object): Promise<void> {
  void record;
}
