// Face login outcome on KYX already (TypeScript, got): Bearer token from the team's own cache, the workflow details
// read from the retrieval API.
import got from 'got';
import { markUserVerified } from './store.js';

let cached: { token: string; expiresAt: number } | undefined;

async function kyxToken(): Promise<string> {
  if (cached && cached.expiresAt > Date.now() + 60_000) return cached.token;
  const res = await got
    .post('https://auth.emea-1.jumio.ai/oauth2/token', {
      form: { grant_type: 'client_credentials' },
      username: process.env.KYX_CLIENT_ID,
      password: process.env.KYX_CLIENT_SECRET,
      responseType: 'json',
    })
    .json<{ access_token: string; expires_in: number }>();
  cached = { token: res.access_token, expiresAt: Date.now() + res.expires_in * 1000 };
  return cached.token;
}

export async function settleKyxFaceLogin(accountId: string, workflowExecutionId: string): Promise<boolean> {
  const details = await got
    .get(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${workflowExecutionId}`, {
      headers: { Authorization: `Bearer ${await kyxToken()}`, 'User-Agent': 'Acme Settlement EU/3.0' },
    })
    .json<{ workflow: { status: string; userReference?: string }; capabilities?: { authentication?: { decision: { type: string } }[] } }>();
  const passed = details.capabilities?.authentication?.[0]?.decision.type === 'PASSED';
  await markUserVerified(details.workflow.userReference ?? '', passed);
  return passed;
}
