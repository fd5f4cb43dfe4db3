// Deno: axios through an npm: specifier.
import axios from 'npm:axios@1.6.8';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

Deno.serve(async (req: Request): Promise<Response> => {
  const { enrollmentReference } = await req.json();
  // TODO(netverify-migrate): initiate-authentication: this runs on Deno: kyx-auth.ts uses Buffer, which Deno has only from node:buffer — add import { Buffer } from 'node:buffer' to it (process.env needs --allow-env), and import it by its exact file name (Deno does not map a .js specifier to a .ts file)
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const { data } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    customerInternalReference: enrollmentReference,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
  }, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  return Response.json({ redirect: data.web.href });
});
