// Face-login lookups of the support console (undici). lookupFaceLogin() reads KYX; lookupLegacyFaceLogin() was left
// out of the first codemod run, which covered src/auth only.
import { request } from 'undici';
import { kyxAccessToken } from './kyx-auth.js';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.js';

const LEGACY_BASIC = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

interface LegacyAuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  userReference?: string;
}

export async function lookupFaceLogin(workflowExecutionId: string): Promise<{ id: string; status: string }> {
  const { accountId } = await resolveKyxWorkflowAccount(workflowExecutionId);
  const token = await kyxAccessToken('amer-1');
  const { statusCode, body } = await request(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${workflowExecutionId}`, {
    headers: { accept: 'application/json', authorization: `Bearer ${token}`, 'user-agent': 'Fenwick Support/2.2' },
  });
  if (statusCode !== 200) throw new Error(`KYX lookup failed: ${statusCode}`);
  const details = (await body.json()) as { workflow: { id: string; status: string } };
  return { id: details.workflow.id, status: details.workflow.status };
}

export async function lookupLegacyFaceLogin(reference: string): Promise<{ reference: string; member: string | null; passed: boolean }> {
  const { statusCode, body } = await request(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { accept: 'application/json', authorization: `Basic ${LEGACY_BASIC}`, 'user-agent': 'Fenwick Support/2.2' },
  });
  if (statusCode !== 200) throw new Error(`legacy lookup failed: ${statusCode}`);
  const details = (await body.json()) as LegacyAuthenticationDetails;
  return { reference: details.transactionReference, member: details.userReference ?? null, passed: details.transactionResult === 'PASSED' };
}
