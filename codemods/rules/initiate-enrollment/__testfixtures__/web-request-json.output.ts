// The web-request package's request.json<T>(path, { baseUrl, auth, body, method }) on the v4 initiate (an
// enrolment): request's options with a JSON body, the promise resolving to the parsed response.
import { json } from 'web-request';
import { kyxAccessToken } from './kyx-auth';

interface KycInitResult {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
}

export async function initKyc(userId: string, locale: string): Promise<KycInitResult> {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await json<KycInitResult>('https://account.emea-1.jumio.ai/api/v1/accounts', {
    method: 'POST',
    body: {
      customerInternalReference: userId,
      userReference: userId,
      web: { locale, successUrl: 'https://ico.example.com/kyc/done' },
      workflowDefinition: { key: 3 },
    },
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
  });
  console.log('jumio scan', res.workflowExecution.id);
  // TODO(netverify-migrate): initiate-enrollment: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  return res;
}
