// Fjordline Leasing (Baltic entity, already on KYX) — a lessee who changes the account lease payouts go to confirms
// it with a face login on the KYX account created at onboarding (we keep its id and the ID credential id then). We
// generate our API clients with @hey-api/openapi-ts; this module keeps only the generated runtime client
// (@hey-api/client-fetch), configured once for the region, and calls the endpoint by its path. The OAuth2 token comes
// from our own client-credentials module.
import { createClient, createConfig } from '@hey-api/client-fetch';
import { fjordKyxToken } from './kyx-client-credentials.mjs';
import { recordKyxPayoutAccountStepUp } from './db.mjs';

const PORTAL = 'https://portal.fjordline-leasing.example';

const kyxAccounts = createClient(
  createConfig({
    baseUrl: 'https://account.emea-1.jumio.ai',
    headers: { Accept: 'application/json', 'User-Agent': 'FjordlineLeasing-Portal/3.1' },
    throwOnError: false,
  }),
);

/**
 * @param {{ lesseeNo: string, kyxAccountId: string, kyxIdCredentialId: string }} lessee
 * @param {string} changeId
 */
export async function startPayoutAccountFaceLogin(lessee, changeId) {
  const { data, error, response } = await kyxAccounts.put({
    url: '/api/v1/accounts/{accountId}',
    path: { accountId: lessee.kyxAccountId },
    headers: { Authorization: `Bearer ${await fjordKyxToken('emea-1')}` },
    body: {
      customerInternalReference: lessee.lesseeNo,
      userReference: lessee.lesseeNo,
      workflowDefinition: { key: 9, credentials: [{ id: lessee.kyxIdCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      web: {
        successUrl: `${PORTAL}/payout-account/${changeId}/bekreftet`,
        errorUrl: `${PORTAL}/payout-account/${changeId}/avbrutt`,
        locale: 'no',
      },
      tokenLifetime: '30m',
    },
  });
  if (error) {
    throw new Error(`face login could not start for change ${changeId} (HTTP ${response.status})`);
  }
  await recordKyxPayoutAccountStepUp(changeId, { account: data.account.id, execution: data.workflowExecution.id, startedAt: data.timestamp });
  return { faceLoginUrl: data.web.href };
}
