// Data centres kept as an array of host records (as Jumio's own perform-node keeps them by region); the account's
// data centre is found with .find() at run time, so every record's host is one the call can reach, as with a region
// map: the KYX host is picked from the legacy one the same way.
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

interface Host {
  region: 'US' | 'EU' | 'SGP';
  url: string;
}

const HOSTS: Host[] = [
  { region: 'US', url: 'https://netverify.com' },
  { region: 'EU', url: 'https://lon.netverify.com' },
  { region: 'SGP', url: 'https://core-sgp.jumio.com' },
];

export async function authenticationResult(region: Host['region'], reference: string) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const kyxOrigin = ({ 'https://netverify.com': 'https://retrieval.amer-1.jumio.ai', 'https://lon.netverify.com': 'https://retrieval.emea-1.jumio.ai', 'https://core-sgp.jumio.com': 'https://retrieval.apac-1.jumio.ai' } as Record<string, string>)[new URL(`${HOSTS.find((h) => h.region === region)!.url}/api/netverify/v2/authentications/${reference}`).origin];
  const { data } = await axios.get(`${kyxOrigin}/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken(kyxOrigin)}` },
  });
  return data.workflow.userReference as string;
}
