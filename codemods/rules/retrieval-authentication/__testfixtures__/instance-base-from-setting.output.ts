// An axios instance whose base URL is a setting with the legacy host as its default: the retrieval through it is
// legacy by default but may point anywhere, so it is flagged at the call (as the initiate through the same
// instance is), not rewritten and not left silent.
import axios from 'axios';

const jumio = axios.create({
  baseURL: `${process.env.JUMIO_BASE_URL ?? 'https://netverify.com'}/api`,
  auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
  headers: { 'User-Agent': 'Acme Identity/2.3', Accept: 'application/json' },
});

export async function authenticationResult(reference: string): Promise<'PASSED' | 'FAILED' | 'PENDING'> {
  // TODO(netverify-migrate): retrieval-authentication: legacy Jumio authentication retrieval not migrated automatically: its URL is netverify.com/api/netverify/v2/authentications/{…} by default but can come from a setting (an environment variable or config value) the codemod cannot read: migrate this call by hand to GET https://retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with an OAuth2 bearer token, and point the setting at the KYX host (see MIGRATION.md)
  const { data } = await jumio.get(`/netverify/v2/authentications/${reference}`);
  if (data.status !== 'DONE') return 'PENDING';
  return data.result === 'PASSED' ? 'PASSED' : 'FAILED';
}

export async function otherCall(id: string) {
  // Another call through the same instance is not the retrieval: untouched.
  return (await jumio.get(`/netverify/v2/scans/${id}`)).data;
}
