// An exported generator yields the answer: other modules iterate it out of sight, so the yield is where it leaves
// (it passed silently before), while the file's own `for await` reads move.
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

export async function* startAll(enrollments) {
  for (const enrollment of enrollments) {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollment);
    const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ customerInternalReference: enrollment, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
    });
    // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
    yield await res.json();
  }
}

export async function firstLink(enrollments) {
  for await (const started of startAll(enrollments)) return started.web.href;
}
