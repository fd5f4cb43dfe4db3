// Rails asset pipeline (sprockets-es6): the identity step's iFrame listener, ES2015 class syntax.
class KycFrame {
  constructor(el) {
    this.el = el;
    this.onMessage = this.onMessage.bind(this);
    window.addEventListener('message', this.onMessage);
  }

  onMessage(event) {
    // TODO(netverify-migrate): iframe-event-handler: origin check now expects acme.web.amer-1.jumio.ai: the legacy host does not tell the region; the vendor states only the amer-1 web-client host (emea-1/apac-1 follow the shape seen in third-party code, not stated by the vendor); otherwise use acme.web.emea-1.jumio.ai or acme.web.apac-1.jumio.ai, or compare with new URL(web.href).origin
    if (event.origin !== 'https://acme.web.amer-1.jumio.ai') return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      window.location = `/kyc/done?ref=${data.workflowExecutionId}`;
    } else if (data.payload.value === 'error') {
      this.el.dataset.error = data.payload.metainfo.code;
    }
  }
}

document.addEventListener('turbolinks:load', () => {
  const el = document.getElementById('kyc-frame');
  if (el) new KycFrame(el);
});
