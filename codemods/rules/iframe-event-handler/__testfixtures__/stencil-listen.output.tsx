import { Component, Listen, Prop, h } from '@stencil/core';

@Component({ tag: 'kyc-step', shadow: true })
export class KycStep {
  @Prop() src: string;
  reference?: string;

  @Listen('message', { target: 'window' })
  onWindowMessage(event: MessageEvent) {
    if (!event.origin.endsWith('.jumio.ai')) return;
    const data = JSON.parse(event.data);
    this.reference = data.workflowExecutionId;
  }

  // Stencil before 1.0 spelled the target in the event name.
  @Listen('window:message')
  legacyListener(event: MessageEvent) {
    const data = JSON.parse(event.data);
    if (data.eventType === 510 && data.payload.value === 'success') this.reference = data.workflowExecutionId;
  }

  // On the host element, not the window: no web-client message arrives here.
  @Listen('message')
  onHostMessage(event: MessageEvent) {
    const data = JSON.parse(event.data);
    if (data.eventType === 510 && data.payload.value === 'success') this.reference = data.transactionReference;
  }

  render() {
    return <iframe src={this.src}></iframe>;
  }
}
