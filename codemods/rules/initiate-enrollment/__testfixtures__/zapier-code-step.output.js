// A Code by Zapier step: top-level code reading the inputData global and handing `output` on. Migrated, with an item
// saying that the step cannot import the repository's kyx-auth helper.
import { kyxAccessToken } from './kyx-auth.mjs';

// TODO(netverify-migrate): initiate-enrollment: this runs as a Code by Zapier step, which cannot import a module of this repository: write what it uses of kyx-auth.mjs (the token request, an OAuth2 client-credentials POST to the region's auth host cached until it expires; for an authentication also the account lookup) into the step, and pass KYX_CLIENT_ID / KYX_CLIENT_SECRET in through inputData (from Storage by Zapier or the Zap's fields), as the legacy credentials were
// TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.mjs); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
const res = await fetch('https://account.amer-1.jumio.ai/api/v1/accounts', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    Authorization: `Bearer ${await kyxAccessToken('amer-1')}`,
  },
  body: JSON.stringify({
    customerInternalReference: inputData.applicationNo,
    userReference: inputData.applicantId,
    workflowDefinition: { key: 2 },
  }),
});
const started = await res.json();
output = { idCheckUrl: started.web.href };
