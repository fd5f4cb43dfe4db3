// The data centre is chosen at run time: a legacy-origin → retrieval-origin table beside the call picks the KYX host
// the same way (the map stays for the choice), and the token is asked for that host's region.
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

const NETVERIFY_HOSTS: Record<string, string> = {
  US: 'https://netverify.com',
  EU: 'https://lon.netverify.com',
  SGP: 'https://core-sgp.jumio.com',
};

export async function authentication(region: string, ref: string, basic: string) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const kyxOrigin = ({ 'https://netverify.com': 'https://retrieval.amer-1.jumio.ai', 'https://lon.netverify.com': 'https://retrieval.emea-1.jumio.ai', 'https://core-sgp.jumio.com': 'https://retrieval.apac-1.jumio.ai' } as Record<string, string>)[new URL(`${NETVERIFY_HOSTS[region]}/api/netverify/v2/authentications/${ref}`).origin];
  const res = await fetch(`${kyxOrigin}/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken(kyxOrigin)}` },
  });
  // TODO(netverify-migrate): retrieval-authentication: the retrieval details leave here whole and now have the KYX shape: transactionReference → workflow.id, userReference → workflow.userReference; transactionResult, transactionDate, scanSource, enrollmentTransactionReference, images and livenessImages are gone (see MIGRATION.md, retrieval-authentication); check every reader downstream
  return res.json();
}
