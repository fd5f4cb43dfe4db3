// Client routes of the account SPA (Navigo 8). /kyc/done is the success and error URL of the identity check.
import Navigo from 'navigo';
import { renderKycResult } from './views/kyc-result';

const router = new Navigo('/');

router
  .on('/kyc/done', ({ params }) => {
    const verified = params.transactionStatus === 'SUCCESS';
    renderKycResult({ verified, reference: params.transactionReference, errorCode: params.errorCode });
  })
  .resolve();

export default router;
