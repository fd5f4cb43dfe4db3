// Identity calls of the Tallis Insurance portal (EU tenant). The ID verification of new policyholders still starts on
// the old Netverify API (the KYX onboarding workflow ships with the new portal in Q3); the face-login decisions of the
// claims app already come from KYX, with the OAuth2 client the platform team created in March. One settings object
// holds both APIs' addresses so ops can see them side by side.
import axios from 'axios';
import { saveKycCase } from './store.js';

const IDENTITY = {
  netverifyApi: 'https://lon.netverify.com/api/v4',
  kyxToken: 'https://auth.emea-1.jumio.ai/oauth2/token',
  kyxRetrieval: 'https://retrieval.emea-1.jumio.ai/api/v1',
  userAgent: 'Tallis Portal/5.0',
};

const PORTAL = process.env.PORTAL_ORIGIN ?? 'https://portal.tallis.example';
const PORTAL_API = process.env.PORTAL_API_ORIGIN ?? 'https://api.tallis.example';

// Client credentials of the KYX OAuth2 client (not the Netverify API user).
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
    `${IDENTITY.netverifyApi}/initiate`,
    {
      customerInternalReference: customer.policyNumber,
      userReference: customer.id,
      workflowId: 200,
      successUrl: `${PORTAL}/verify/done`,
      errorUrl: `${PORTAL}/verify/failed`,
      callbackUrl: `${PORTAL_API}/hooks/netverify/id-verification`,
      locale: customer.locale ?? 'en-GB',
      tokenLifetimeInMinutes: 60,
    },
    {
      auth: { username: process.env.NETVERIFY_API_TOKEN, password: process.env.NETVERIFY_API_SECRET },
      headers: { Accept: 'application/json', 'User-Agent': IDENTITY.userAgent },
      timeout: 15_000,
    },
  );
  await saveKycCase(customer.id, data.transactionReference);
  return { verifyUrl: data.redirectUrl };
}

/** Claims app: the decision of a face login that already ran on KYX. */
export async function faceLoginDecision(accountId, workflowExecutionId) {
  const { data } = await axios.get(`${IDENTITY.kyxRetrieval}/accounts/${accountId}/workflow-executions/${workflowExecutionId}`, {
    headers: { Accept: 'application/json', 'User-Agent': IDENTITY.userAgent, Authorization: `Bearer ${await kyxToken()}` },
    timeout: 10_000,
  });
  const decision = data.capabilities?.authentication?.[0]?.decision?.type ?? null;
  return { status: data.workflow.status, decision };
}
