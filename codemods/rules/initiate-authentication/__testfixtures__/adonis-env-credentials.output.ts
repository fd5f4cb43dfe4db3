// AdonisJS 6: credentials read with env.get() of the app's env service (`#start/env`) — a read of the environment, like
// process.env — are removed once the Basic header is gone; the service stays for the other values it gives.
import env from '#start/env';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export default class FaceLoginService {
  async begin(enrollmentReference: string, userId: string) {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollmentReference);
    const response = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
      body: JSON.stringify({ customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId, web: { successUrl: `${env.get('APP_URL')}/login/verified` } }),
    });
    const started = (await response.json()) as { web: { href: string } };
    return started.web.href;
  }
}
