// Cognito "Create auth challenge" trigger of the members' user pool (custom auth flow, US data centre), on KYX since
// the 2024 migration: the step-up challenge is a face login (workflow 9) on the member's KYX account. The app gets
// the link as a public challenge parameter, the workflow execution stays private for the verify trigger.
// Node.js 20 runtime, ES module: the secret is read once per cold start (top-level await), the OAuth2 token is
// cached while the container stays warm.
import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';

const secrets = new SecretsManagerClient({});
const { SecretString } = await secrets.send(new GetSecretValueCommand({ SecretId: process.env.FACE_LOGIN_SECRET_ID }));
const config = JSON.parse(SecretString);

const KYX_TOKEN_URL = 'https://auth.amer-1.jumio.ai/oauth2/token';
const KYX_ACCOUNTS = 'https://account.amer-1.jumio.ai/api/v1/accounts';
const APP_LINKS = 'https://m.grainfield.example/face-login';

let token = { value: '', expiresAt: 0 };

async function kyxToken() {
  if (token.expiresAt > Date.now() + 60_000) return token.value;
  const res = await fetch(KYX_TOKEN_URL, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: 'Basic ' + Buffer.from(`${config.kyxClientId}:${config.kyxClientSecret}`).toString('base64'),
    },
    body: 'grant_type=client_credentials',
  });
  if (!res.ok) throw new Error(`KYX token request failed: HTTP ${res.status}`);
  const { access_token: value, expires_in: seconds } = await res.json();
  token = { value, expiresAt: Date.now() + seconds * 1000 };
  return value;
}

export const handler = async (event) => {
  if (event.request.challengeName !== 'CUSTOM_CHALLENGE') return event;

  const accountId = event.request.userAttributes['custom:kyx_account_id'];
  const credentialId = event.request.userAttributes['custom:kyx_id_credential'];
  if (!accountId || !credentialId) {
    // Cognito fails the sign-in; the app falls back to the branch-visit flow.
    throw new Error('member has no KYX account on file: no face login challenge');
  }

  const res = await fetch(`${KYX_ACCOUNTS}/${accountId}`, {
    method: 'PUT',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      Authorization: `Bearer ${await kyxToken()}`,
      'User-Agent': 'Grainfield-Cognito/2.0',
    },
    body: JSON.stringify({
      customerInternalReference: event.userName,
      userReference: event.userName,
      callbackUrl: `${config.callbackBase}/jumio/face-login`,
      tokenLifetime: '15m',
      workflowDefinition: { key: 9, credentials: [{ id: credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      web: { successUrl: `${APP_LINKS}/done`, errorUrl: `${APP_LINKS}/failed` },
    }),
  });
  if (!res.ok) throw new Error(`face login initiate failed: HTTP ${res.status}`);
  const started = await res.json();

  event.response.publicChallengeParameters = { kind: 'FACE_LOGIN', url: started.web.href };
  event.response.privateChallengeParameters = { workflowExecution: started.workflowExecution.id, account: started.account.id };
  event.response.challengeMetadata = `FACE_LOGIN:${started.workflowExecution.id}`;
  return event;
};
