// server/routes/kyc/done.get.ts — Jumio redirects here; the validator lives in another module.
import { kycReturnValidator } from '../../utils/validators';

export default defineEventHandler(async (event) => {
  const { transactionStatus, transactionReference } = await getValidatedQuery(event, kycReturnValidator);
  return transactionStatus === 'SUCCESS' ? sendRedirect(event, `/done/${transactionReference}`) : sendRedirect(event, '/retry');
});
