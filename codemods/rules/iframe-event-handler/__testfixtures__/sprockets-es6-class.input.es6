// Rails asset pipeline (sprockets-es6): the identity step's iFrame listener, ES2015 class syntax.
class KycFrame {
  constructor(el) {
    this.el = el;
    this.onMessage = this.onMessage.bind(this);
    window.addEventListener('message', this.onMessage);
  }

  onMessage(event) {
    if (event.origin !== 'https://acme.netverify.com') return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      window.location = `/kyc/done?ref=${data.transactionReference}`;
    } else if (data.payload.value === 'error') {
      this.el.dataset.error = data.payload.metainfo.code;
    }
  }
}

document.addEventListener('turbolinks:load', () => {
  const el = document.getElementById('kyc-frame');
  if (el) new KycFrame(el);
});
