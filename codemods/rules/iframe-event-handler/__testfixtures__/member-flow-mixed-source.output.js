// The member also takes a value restored from storage: what it holds is not only the event, so it stays flagged.
export class KycResume {
  constructor() {
    this.result = JSON.parse(sessionStorage.getItem('kyc') || 'null');
    window.addEventListener('message', (e) => this.receive(e));
  }

  receive(e) {
    if (e.origin.indexOf('.jumio.ai') < 0) return;
    // TODO(netverify-migrate): iframe-event-handler: the parsed Jumio event is passed on to this.result: code that reads its transactionReference must read workflowExecutionId (and accountId is new)
    this.result = JSON.parse(e.data);
    this.show();
  }

  show() {
    if (this.result && this.result.payload.value === 'success') console.log('ok', this.result.transactionReference);
  }
}
