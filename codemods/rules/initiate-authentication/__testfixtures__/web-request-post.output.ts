import * as WebRequest from 'web-request';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

// web-request's post(uri, options, content): the body as the third argument, the result on .content.
// (Was web-request-post-flagged until session 12: the reads on .content are followed now — parsed with json: true —
// so the call is migrated like request.json<T>: put(), the Bearer header in place of request's auth option.)
export async function startFaceAuth(enrollmentTransactionReference: string, userId: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentTransactionReference);
  const result = await WebRequest.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    json: true,
    headers: { 'User-Agent': 'Tailspin Wallet/1.2', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  }, { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId });
  return result.content.web.href;
}
