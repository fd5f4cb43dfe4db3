// Mithril: the card processor's return route.
import m from 'mithril';

export const PaymentDone = {
  view() {
    const ok = m.route.param('transactionStatus') === 'APPROVED';
    return m('p', ok ? `Paid ${m.route.param('transactionReference')}` : 'Declined');
  },
};
