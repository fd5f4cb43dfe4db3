import ky from 'ky';
import { kyxAccessToken } from './kyx-auth.mjs';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.mjs';

// TODO(netverify-migrate): retrieval-authentication: this ky.create() instance still carries the legacy Basic credentials (migrated calls override prefixUrl and the Authorization header); remove them once none of its calls goes to a legacy Jumio host
const jumio = ky.create({
  prefixUrl: 'https://netverify.com/api/netverify/v2',
  headers: {
    Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`,
  },
  timeout: 15000,
});

export async function authenticationStatus(txRef) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.mjs (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(txRef);
  const details = await jumio.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${txRef}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` }, prefixUrl: '' }).json();
  return { reference: details.workflow.id, user: details.workflow.userReference };
}
