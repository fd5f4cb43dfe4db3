import { z } from 'zod';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

// TODO(netverify-migrate): initiate-authentication: this response schema is .strict(): the KYX response has more keys (account, sdk, workflowExecution.credentials…), so parsing it throws; drop .strict() (or use .passthrough())
const InitiateResponse = z
  .object({
    timestamp: z.string(),
    web: z.object({ href: z.string().url() }),
    workflowExecution: z.object({ id: z.string().uuid() }),
  })
  .strict();
type InitiateResponse = z.infer<typeof InitiateResponse>;

// Also parses what other code stored: the schema cannot change under it (flagged instead).
const SharedResponse = z.object({ redirectUrl: z.string(), transactionReference: z.string() });
export function parseStored(raw: unknown) {
  return SharedResponse.parse(raw);
}

export async function startFaceAuth(enrollmentReference: string, userId: string): Promise<{ url: string; ref: string }> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    body: JSON.stringify({ customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId }),
  });
  const parsed: InitiateResponse = InitiateResponse.parse(await res.json());
  return { url: parsed.web.href, ref: parsed.workflowExecution.id };
}

export async function startShared(enrollmentReference: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount2 = await resolveKyxAccount(enrollmentReference);
  const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    body: JSON.stringify({ customerInternalReference: enrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
  });
  // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  return SharedResponse.parse(await res.json()).redirectUrl;
}
