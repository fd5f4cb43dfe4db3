// A Cloudflare Worker's queue consumer starts the face logins the app enqueued: migrated, with the nodejs_compat item.
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface Env {
  JUMIO_TOKEN: string;
  JUMIO_SECRET: string;
  RESULTS: KVNamespace;
}

export default {
  queue: async (batch: MessageBatch<{ enrollment: string; userId: string }>, env: Env) => {
    for (const msg of batch.messages) {
      // TODO(netverify-migrate): initiate-authentication: this runs on Cloudflare Workers: kyx-auth.ts reads KYX_CLIENT_ID / KYX_CLIENT_SECRET from process.env and uses Buffer — enable the nodejs_compat compatibility flag (process.env holds the vars and secrets from compatibility date 2025-04-01) and set both as secrets, or pass them from env by hand
      // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
      const kyxAccount = await resolveKyxAccount(msg.body.enrollment);
      const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
        body: JSON.stringify({ customerInternalReference: msg.body.userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: msg.body.userId }),
      });
      const out = (await res.json()) as { web: { href: string } };
      await env.RESULTS.put(msg.body.userId, out.web.href);
      msg.ack();
    }
  },
};
