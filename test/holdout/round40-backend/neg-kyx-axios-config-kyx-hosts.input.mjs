// Identity calls of the Tallis Insurance portal (EU tenant), on KYX since the new portal shipped: the ID verification
// of new policyholders creates a KYX account (workflow 3, so the claims app's face logins have a facemap to match), and
// the face-login decisions come from the retrieval API. One settings object holds the addresses so ops can see them.
import axios from 'axios';
import { saveKycCase } from './store.js';

const IDENTITY = {
  kyxAccounts: 'https://account.emea-1.jumio.ai/api/v1/accounts',
  kyxToken: 'https://auth.emea-1.jumio.ai/oauth2/token',
  kyxRetrieval: 'https://retrieval.emea-1.jumio.ai/api/v1',
  userAgent: 'Tallis Portal/6.0',
};

const PORTAL = process.env.PORTAL_ORIGIN ?? 'https://portal.tallis.example';
const PORTAL_API = process.env.PORTAL_API_ORIGIN ?? 'https://api.tallis.example';

// Client credentials of the KYX OAuth2 client.
const kyxClient = { id: process.env.KYX_CLIENT_ID, secret: process.env.KYX_CLIENT_SECRET };
let cachedToken = null;

async function kyxToken() {
  if (cachedToken && cachedToken.expiresAt > Date.now() + 60_000) return cachedToken.value;
  const { data } = await axios.post(IDENTITY.kyxToken, new URLSearchParams({ grant_type: 'client_credentials' }), {
    auth: { username: kyxClient.id, password: kyxClient.secret },
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': IDENTITY.userAgent },
    timeout: 10_000,
  });
  cachedToken = { value: data.access_token, expiresAt: Date.now() + data.expires_in * 1000 };
  return cachedToken.value;
}

/** New policyholder: the ID verification link the portal opens. */
export async function startIdVerification(customer) {
  const { data } = await axios.post(
    IDENTITY.kyxAccounts,
    {
      customerInternalReference: customer.policyNumber,
      userReference: customer.id,
      workflowDefinition: { key: 3 },
      callbackUrl: `${PORTAL_API}/hooks/kyx/id-verification`,
      web: {
        successUrl: `${PORTAL}/verify/done`,
        errorUrl: `${PORTAL}/verify/failed`,
        locale: customer.locale ?? 'en-GB',
      },
      tokenLifetime: '1h',
    },
    {
      headers: { Accept: 'application/json', 'User-Agent': IDENTITY.userAgent, Authorization: `Bearer ${await kyxToken()}` },
      timeout: 15_000,
    },
  );
  await saveKycCase(customer.id, `${data.account.id}/${data.workflowExecution.id}`);
  return { verifyUrl: data.web.href };
}

/** Claims app: the decision of a face login. */
export async function faceLoginDecision(accountId, workflowExecutionId) {
  const { data } = await axios.get(`${IDENTITY.kyxRetrieval}/accounts/${accountId}/workflow-executions/${workflowExecutionId}`, {
    headers: { Accept: 'application/json', 'User-Agent': IDENTITY.userAgent, Authorization: `Bearer ${await kyxToken()}` },
    timeout: 10_000,
  });
  const decision = data.capabilities?.authentication?.[0]?.decision?.type ?? null;
  return { status: data.workflow.status, decision };
}
