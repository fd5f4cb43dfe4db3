// The field that keeps the answer is also written elsewhere (restore): its reads are not only of this answer, so they
// stay as written and the answer gets the "leaves whole" item.
import ky from 'ky';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

export class StepUp {
  session = undefined;

  async open(enrollmentReference) {
    // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollmentReference);
    this.session = await ky
      .put(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
        json: { customerInternalReference: enrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
        headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
        retry: { limit: 0 },
      })
      .json();
  }

  restore(saved) {
    this.session = saved;
  }

  link() {
    return this.session?.redirectUrl;
  }
}
