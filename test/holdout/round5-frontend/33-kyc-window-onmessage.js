// KycPopup: renders the Netverify iframe inside a modal.
export class KycPopup {
  constructor(modal, { onComplete }) {
    this.modal = modal;
    this.onComplete = onComplete;
    window.onmessage = (e) => this.handle(e);
  }

  open(url) {
    this.modal.querySelector('iframe').src = url;
    this.modal.showModal();
  }

  handle(e) {
    if (e.origin.indexOf('.netverify.com') < 0) return;
    var data = JSON.parse(e.data);
    if (data.payload.value === 'success' || data.payload.value === 'error') {
      this.modal.close();
      this.onComplete({ ok: data.payload.value === 'success', reference: data.transactionReference });
    }
  }

  destroy() {
    window.onmessage = null;
  }
}
