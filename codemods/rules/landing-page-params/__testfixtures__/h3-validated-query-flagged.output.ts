// server/routes/kyc/done.get.ts — Jumio redirects here; the validator lives in another module.
import { kycReturnValidator } from '../../utils/validators';

export default defineEventHandler(async (event) => {
  // TODO(netverify-migrate): landing-page-params: the validator given to getValidatedQuery names the redirect parameters: accept acquisitionStatus and workflowExecutionId there (KYX sends them instead of transactionStatus and transactionReference), as the reads here were renamed
  const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference } = await getValidatedQuery(event, kycReturnValidator);
  return transactionStatus === 'SUCCESS' ? sendRedirect(event, `/done/${transactionReference}`) : sendRedirect(event, '/retry');
});
