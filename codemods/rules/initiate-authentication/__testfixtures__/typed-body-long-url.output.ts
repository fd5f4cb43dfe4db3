import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export async function authWithTypedBody(ref: string): Promise<string> {
  const kyxAccount = await resolveKyxAccount(ref);
  const body = {
    customerInternalReference: ref,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    callbackUrl: 'https://example.com/jumio/callback',
    // TODO(netverify-migrate): initiate-authentication: successUrl is 294 characters long; KYX web.successUrl allows 255: shorten it
    web: {
      successUrl: 'https://example.com/authentication/finished?campaign=spring-2021-returning-customers&channel=email&variant=b&tracking=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    },
  };
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const { data } = await axios.put<{ web: { href: string } }>(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, body, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
  });
  return data.web.href;
}
