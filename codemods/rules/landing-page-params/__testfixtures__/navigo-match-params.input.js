// Navigo 8: /kyc/done is the identity check's success and error URL; match.params is the parsed query string.
import Navigo from 'navigo';

const router = new Navigo('/');

router
  .on('/kyc/done', ({ params }) => {
    showKycResult(params.transactionStatus === 'SUCCESS', params.transactionReference);
  })
  .on('/kyc/retry', (match) => {
    if (match.params.transactionStatus === 'ERROR') showKycRetry(match.params.transactionReference, match.params.errorCode);
  })
  .resolve();
