// Nitro task: credentials destructured from useRuntimeConfig() (reads the app's configuration, nothing else) feed
// only the Basic header; once it is gone the destructuring goes too.
import { kyxAccessToken } from './kyx-auth';

export default defineTask({
  meta: { name: 'kyc:backfill' },
  async run() {
    // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const session = await $fetch<{ web: { href: string }; workflowExecution: { id: string } }>('https://account.emea-1.jumio.ai/api/v1/accounts', {
      method: 'POST',
      body: { customerInternalReference: 'backfill', workflowDefinition: { key: 3 } },
      headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    });
    return { result: session.web.href };
  },
});
