import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

const BASE_URL = process.env.PUBLIC_URL;

interface Req {
  body: { references: string[] };
}

// The enrollment reference is an expression (evaluated once, before the request), or a literal in a demo route.
export async function startForUser(req: Req) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxEnrollmentReference = req.body.references[0];
  const kyxAccount = await resolveKyxAccount(kyxEnrollmentReference);
  const { data } = await axios.put(
    `https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: kyxEnrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, web: { successUrl: `${BASE_URL}/kyc/success`, errorUrl: `${BASE_URL}/kyc/error` } },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } },
  );
  return { iframeUrl: data.web.href as string };
}

export async function startDemo() {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount2 = await resolveKyxAccount('e-1');
  const { data } = await axios.put(
    `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`,
    { customerInternalReference: 'e-1', workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, callbackUrl: 'https://example.com/jumio/callback' },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } },
  );
  return { iframeUrl: data.web.href as string };
}
