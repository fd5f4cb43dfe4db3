// Navigo 8: /kyc/done is the identity check's success and error URL; match.params is the parsed query string.
import Navigo from 'navigo';

const router = new Navigo('/');

router
  .on('/kyc/done', ({ params }) => {
    showKycResult(params.acquisitionStatus === 'SUCCESS', params.workflowExecutionId);
  })
  .on('/kyc/retry', (match) => {
    if (match.params.acquisitionStatus === 'ERROR') showKycRetry(match.params.workflowExecutionId, match.params.errorCode);
  })
  .resolve();
