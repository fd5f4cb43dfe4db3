import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

// Starts a Jumio face authentication for a user enrolled earlier.
export async function startAuthentication(enrollmentRef: string, userId: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentRef);
  const response = await axios.put(
    `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    {
      customerInternalReference: userId,
      workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      userReference: userId,
      web: {
        successUrl: 'https://shop.example.com/auth/success',
        errorUrl: 'https://shop.example.com/auth/error',
        locale: 'en-GB',
      },
      callbackUrl: 'https://shop.example.com/jumio/callback',
      tokenLifetime: '1d',
    },
    {
      headers: { 'User-Agent': 'Example Shop/1.0', Accept: 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    },
  );
  const { data } = response;
  const { web: { href: redirectUrl } } = data;
  return { url: redirectUrl, reference: data.workflowExecution.id };
}
