import m from 'mithril';

// Mithril: the handler lives on vnode.state, assigned in oninit and attached in oncreate.
export const KycStep = {
  oninit(vnode) {
    vnode.state.onJumioMessage = (e) => {
      const data = JSON.parse(e.data);
      if (data.eventType === 510 && data.payload.value === 'success') vnode.attrs.onComplete(data.workflowExecutionId);
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
    if (!/\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai$/.test(e.origin)) return;
    var data = JSON.parse(e.data);
    self.reference = data.workflowExecutionId;
  };
  window.addEventListener('message', self.onMessage);
}

// A plain controller object.
const ctrl = {
  onMessage(e) {
    // TODO(netverify-migrate): iframe-event-handler: origin check now expects acme.web.amer-1.jumio.ai: the legacy host does not tell the region; the vendor states only the amer-1 web-client host (emea-1/apac-1 follow the shape seen in third-party code, not stated by the vendor); otherwise use acme.web.emea-1.jumio.ai or acme.web.apac-1.jumio.ai, or compare with new URL(web.href).origin
    if (e.origin !== 'https://acme.web.amer-1.jumio.ai') return;
    const data = JSON.parse(e.data);
    console.log('verified', data.workflowExecutionId);
  },
};
window.addEventListener('message', ctrl.onMessage);
