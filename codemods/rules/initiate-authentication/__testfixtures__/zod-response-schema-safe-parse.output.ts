import { z } from 'zod';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

// safeParse: the response is the result's `data` once `success` is tested (round 45).
const Started = z.object({ timestamp: z.string(), web: z.object({ href: z.string().url() }), workflowExecution: z.object({ id: z.string() }) });

export async function startFaceAuth(enrollmentReference: string, userId: string): Promise<{ url: string; ref: string }> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    body: JSON.stringify({ customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId }),
  });
  const parsed = Started.safeParse(await res.json());
  if (!parsed.success) throw new Error(parsed.error.message);
  return { url: parsed.data.web.href, ref: parsed.data.workflowExecution.id };
}
