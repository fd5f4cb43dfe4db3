// axios-retry on the instance: it never resent the legacy POST, but it resends a PUT (an idempotent verb to it).
import axios from 'axios';
import axiosRetry from 'axios-retry';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

const jumio = axios.create({ timeout: 8000, headers: { 'User-Agent': 'Harbourline Banking/7.3' } });
axiosRetry(jumio, { retries: 3, retryDelay: axiosRetry.exponentialDelay });

export async function startStepUp(enrollmentReference, customerId) {
  // TODO(netverify-migrate): initiate-authentication: axios-retry (line 6) resends this client's PUT requests on a network error or a 5xx (it never resent the legacy POST), and every KYX account PUT starts a new workflow execution: pass 'axios-retry': { retries: 0 } in this call's config, or send it through a client without retries
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const { data } = await jumio.put(
    `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: customerId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: customerId },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } },
  );
  return { iframeUrl: data.web.href, reference: data.workflowExecution.id };
}
