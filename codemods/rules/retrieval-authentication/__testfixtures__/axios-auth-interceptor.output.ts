import axios from 'axios';
import { signRequest } from './signing';

// A shared signing interceptor (imported: what it sets is not visible here).
axios.interceptors.request.use(signRequest);

export async function authenticationResult(reference: string) {
  // TODO(netverify-migrate): retrieval-authentication: legacy retrieval through a client whose request interceptor (line 5) may set the Authorization header (it would replace the Bearer token): make it leave KYX calls alone, then migrate by hand to GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with a Bearer token
  const { data } = await axios.get(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { 'User-Agent': 'Acme/1.0' },
  });
  return data.transactionResult;
}
