// A Cloudflare module Worker: migrated, with an item about the helper's process.env / Buffer (nodejs_compat).
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

export default {
  async fetch(request, env) {
    const { enrollmentReference } = await request.json();
    // TODO(netverify-migrate): initiate-authentication: this runs on Cloudflare Workers: kyx-auth.mjs reads KYX_CLIENT_ID / KYX_CLIENT_SECRET from process.env and uses Buffer — enable the nodejs_compat compatibility flag (process.env holds the vars and secrets from compatibility date 2025-04-01) and set both as secrets, or pass them from env by hand
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollmentReference);
    const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
      body: JSON.stringify({ customerInternalReference: enrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
    });
    const { web: { href: redirectUrl } } = await res.json();
    return Response.json({ redirectUrl });
  },
};
