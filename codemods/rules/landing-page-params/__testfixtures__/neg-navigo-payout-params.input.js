// Navigo 8: the payout provider redirects to /payouts/done after the transfer to the payee.
import Navigo from 'navigo';

const router = new Navigo('/');

router.on('/payouts/done', ({ params }) => {
  renderPayout({ paid: params.transactionStatus === 'SUCCESS', payee: params.payee, amount: params.amount, reference: params.transactionReference });
}).resolve();
