// Azure Functions, Node programming model v4 (EU): the mobile bank's "log in with your face" button calls this HTTP
// function. It starts the face login on the KYX platform (workflow 9 on the member's account) with axios and records
// the pending session through a Cosmos DB output binding declared in extraOutputs. Moved off the old API in 2023.
import { app, output, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import axios from 'axios';

interface KyxFaceLoginStart {
  timestamp: string;
  account: { id: string };
  web: { href: string; successUrl?: string; errorUrl?: string };
  workflowExecution: { id: string; status: string };
}

interface FaceLoginRequest {
  memberId: string;
  accountId: string;
  idCredentialId: string;
  locale?: string;
}

const KYX_ACCOUNTS = 'https://account.emea-1.jumio.ai/api/v1/accounts';
const KYX_TOKEN_URL = 'https://auth.emea-1.jumio.ai/oauth2/token';
const PORTAL = process.env.MEMBER_PORTAL_URL ?? 'https://members.hafenbank.example';

let cachedToken: { value: string; expiresAt: number } | undefined;

async function kyxToken(): Promise<string> {
  if (cachedToken && cachedToken.expiresAt > Date.now() + 60_000) return cachedToken.value;
  const { data } = await axios.post<{ access_token: string; expires_in: number }>(KYX_TOKEN_URL, 'grant_type=client_credentials', {
    auth: { username: process.env.KYX_CLIENT_ID ?? '', password: process.env.KYX_CLIENT_SECRET ?? '' },
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
  });
  cachedToken = { value: data.access_token, expiresAt: Date.now() + data.expires_in * 1000 };
  return data.access_token;
}

const pendingSessions = output.cosmosDB({
  databaseName: 'identity',
  containerName: 'faceLoginSessions',
  connection: 'COSMOS_CONNECTION',
  createIfNotExists: false,
});

app.http('faceLoginBegin', {
  methods: ['POST'],
  authLevel: 'function',
  route: 'members/face-login',
  extraOutputs: [pendingSessions],
  handler: async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    const body = (await request.json()) as FaceLoginRequest;
    if (!body?.memberId || !body.accountId || !body.idCredentialId) {
      return { status: 400, jsonBody: { error: 'memberId, accountId and idCredentialId are required' } };
    }

    try {
      const { data } = await axios.put<KyxFaceLoginStart>(
        `${KYX_ACCOUNTS}/${body.accountId}`,
        {
          customerInternalReference: body.memberId,
          userReference: body.memberId,
          workflowDefinition: { key: 9, credentials: [{ id: body.idCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
          callbackUrl: `https://${process.env.WEBSITE_HOSTNAME}/api/identity/face-login-result`,
          web: {
            successUrl: `${PORTAL}/face-login/complete`,
            errorUrl: `${PORTAL}/face-login/failed`,
            locale: body.locale ?? 'de',
          },
          tokenLifetime: '15m',
        },
        {
          headers: { Accept: 'application/json', Authorization: `Bearer ${await kyxToken()}`, 'User-Agent': 'Hafenbank Functions/3.4' },
        },
      );

      context.extraOutputs.set(pendingSessions, {
        id: data.workflowExecution.id,
        accountId: data.account.id,
        memberId: body.memberId,
        startedAt: data.timestamp,
        status: 'PENDING',
      });
      context.log(`face login ${data.workflowExecution.id} started for member ${body.memberId}`);
      return { status: 200, jsonBody: { redirectTo: data.web.href } };
    } catch (err) {
      context.error('face login could not be started', err);
      return { status: 502, jsonBody: { error: 'identity provider unavailable' } };
    }
  },
});
