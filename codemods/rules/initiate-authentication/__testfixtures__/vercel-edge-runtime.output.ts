// A Vercel Edge Function: process.env is there, Buffer is not.
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export const config = { runtime: 'edge' };

export default async function handler(req: Request): Promise<Response> {
  const { enrollmentReference } = (await req.json()) as { enrollmentReference: string };
  // TODO(netverify-migrate): initiate-authentication: this runs on the Edge runtime: kyx-auth.ts reads KYX_CLIENT_ID / KYX_CLIENT_SECRET from process.env but encodes them with Buffer, which the Edge runtime does not have — use btoa(`${clientId}:${clientSecret}`) there, or run this route on the Node.js runtime
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const upstream = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    body: JSON.stringify({ customerInternalReference: enrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
  });
  const data = await upstream.json();
  return Response.json({ url: data.web.href });
}
