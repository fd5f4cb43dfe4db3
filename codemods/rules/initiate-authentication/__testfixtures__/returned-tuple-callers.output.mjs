// The body handed back in a tuple with the request id; the file's route destructures it and reads the fields.
import got from 'got';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

async function startFaceLogin(enrollmentTransactionReference) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentTransactionReference);
  const res = await got.put(`https://account.apac-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    json: { customerInternalReference: enrollmentTransactionReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
    responseType: 'json',
    headers: { Authorization: `Bearer ${await kyxAccessToken('apac-1')}` },
    retry: { limit: 0 },
  });
  return [res.body, res.headers['x-request-id'] ?? null];
}

export async function route(req, res) {
  const [started, requestId] = await startFaceLogin(req.user.enrollment);
  req.log.info({ requestId, reference: started.workflowExecution.id }, 'face login started');
  res.redirect(started['web']['href']);
}
