import { kyxAccessToken } from './kyx-auth';

export async function createVerification(customerId: string) {
  // TODO(netverify-migrate): initiate-enrollment: this runs on Deno: kyx-auth.ts uses Buffer, which Deno has only from node:buffer — add import { Buffer } from 'node:buffer' to it (process.env needs --allow-env), and import it by its exact file name (Deno does not map a .js specifier to a .ts file)
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const r = await fetch('https://account.amer-1.jumio.ai/api/v1/accounts', {
    method: 'POST',
    headers: { 'Authorization': `Bearer ${await kyxAccessToken('amer-1')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ customerInternalReference: customerId, workflowDefinition: { key: 3 } }),
  });
  const data = await r.json();
  return data.web.href as string;
}
