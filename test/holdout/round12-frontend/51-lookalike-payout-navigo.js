// Client routes of the seller dashboard (Navigo 8). The payout provider redirects to /payouts/done after the transfer.
import Navigo from 'navigo';
import { renderPayoutResult } from './views/payout-result';

const router = new Navigo('/');

router
  .on('/payouts/done', ({ params }) => {
    const paid = params.transactionStatus === 'SUCCESS';
    renderPayoutResult({ paid, payee: params.payee, amount: params.amount, reference: params.transactionReference });
  })
  .resolve();

export default router;
