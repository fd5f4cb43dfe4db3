import axios from 'axios';
import { getKyxToken } from './kyx-token.js';

/**
 * Retrieval of an authentication's details.
 *
 * Migrated in 2024 from the legacy API, which was
 *   GET https://lon.netverify.com/api/netverify/v2/authentications/{transactionReference}
 * and started with
 *   POST https://lon.netverify.com/api/authentication/v1/web/initiate
 * (transactionReference is now workflowExecution.id; redirectUrl is web.href).
 */
export async function authenticationDetails(accountId: string, workflowExecutionId: string) {
  const token = await getKyxToken('emea-1');
  const { data } = await axios.get(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${workflowExecutionId}`, {
    headers: { Authorization: `Bearer ${token}`, 'User-Agent': 'Example KYX/1.0' },
  });
  // legacy: data.transactionResult === 'PASSED'
  return data.decision?.type === 'PASSED';
}
