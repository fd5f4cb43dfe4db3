import m from 'mithril';

// Mithril: the handler lives on vnode.state, assigned in oninit and attached in oncreate.
export const KycStep = {
  oninit(vnode) {
    vnode.state.onJumioMessage = (e) => {
      const data = JSON.parse(e.data);
      if (data.eventType === 510 && data.payload.value === 'success') vnode.attrs.onComplete(data.transactionReference);
    };
  },
  oncreate(vnode) {
    window.addEventListener('message', vnode.state.onJumioMessage);
  },
  view: () => m('div'),
};

// A Knockout / ES5 view model: var self = this.
export function VerificationViewModel() {
  var self = this;
  self.reference = null;
  self.onMessage = function (e) {
    if (!/\.netverify\.com$/.test(e.origin)) return;
    var data = JSON.parse(e.data);
    self.reference = data.transactionReference;
  };
  window.addEventListener('message', self.onMessage);
}

// A plain controller object.
const ctrl = {
  onMessage(e) {
    if (e.origin !== 'https://acme.netverify.com') return;
    const data = JSON.parse(e.data);
    console.log('verified', data.transactionReference);
  },
};
window.addEventListener('message', ctrl.onMessage);
