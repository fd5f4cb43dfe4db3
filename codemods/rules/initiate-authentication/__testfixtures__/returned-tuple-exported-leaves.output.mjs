// Exported: callers elsewhere may read the tuple too, so the body still leaves whole (and the route here is not renamed half-way).
import got from 'got';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

export async function startFaceLogin(enrollmentTransactionReference) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentTransactionReference);
  const res = await got.put(`https://account.apac-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    json: { customerInternalReference: enrollmentTransactionReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
    responseType: 'json',
    headers: { Authorization: `Bearer ${await kyxAccessToken('apac-1')}` },
    retry: { limit: 0 },
  });
  // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  return [res.body, res.headers['x-request-id'] ?? null];
}

export async function route(req, res) {
  const [started, requestId] = await startFaceLogin(req.user.enrollment);
  req.log.info({ requestId, reference: started.workflowExecution.id }, 'face login started');
  res.redirect(started['web']['href']);
}
