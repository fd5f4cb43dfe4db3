// AdonisJS 6: the env service's default import read only by the credentials that built the Basic header: once they
// go, the import is unused (noUnusedLocals reports it) and `#start/env` only declares, so it goes with them.
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export default class FaceLoginController {
  async begin({ request, response }: { request: { input(key: string): string }; response: { redirect(url: string): void } }) {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxEnrollmentReference = request.input('enrollment');
    const kyxAccount = await resolveKyxAccount(kyxEnrollmentReference);
    const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
      body: JSON.stringify({ customerInternalReference: request.input('user'), workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: request.input('user') }),
    });
    const started = (await res.json()) as { web: { href: string } };
    return response.redirect(started.web.href);
  }
}
