// The member also takes a value restored from storage: what it holds is not only the event, so it stays flagged.
export class KycResume {
  constructor() {
    this.result = JSON.parse(sessionStorage.getItem('kyc') || 'null');
    window.addEventListener('message', (e) => this.receive(e));
  }

  receive(e) {
    if (e.origin.indexOf('.netverify.com') < 0) return;
    this.result = JSON.parse(e.data);
    this.show();
  }

  show() {
    if (this.result && this.result.payload.value === 'success') console.log('ok', this.result.transactionReference);
  }
}
