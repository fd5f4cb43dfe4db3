import m from 'mithril';
import { api } from './api';

// Route /kyc/return: Jumio's successUrl and errorUrl.
export const KycReturn = {
  oninit(vnode) {
    vnode.state.status = m.route.param('transactionStatus');
    vnode.state.reference = m.route.param('transactionReference');
    vnode.state.errorCode = m.route.param('errorCode');
    if (vnode.state.status === 'SUCCESS') {
      api.post('/identity/submitted', { reference: vnode.state.reference });
    }
  },
  view({ state }) {
    return state.status === 'SUCCESS'
      ? m('h1', 'Thanks, we are checking your identity')
      : m('h1', `Identity check failed (${state.errorCode})`);
  },
};
