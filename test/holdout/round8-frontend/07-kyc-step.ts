import { bindable, customElement } from 'aurelia';
import template from './07-kyc-step.html';

// Aurelia 2: the identity step; the view (07-kyc-step.html) binds the iframe's src.
@customElement({ name: 'kyc-step', template })
export class KycStep {
  @bindable src = '';
  @bindable verified: (reference: string) => void = () => undefined;
  reference: string | null = null;
  failed = false;

  attached(): void {
    window.addEventListener('message', this.onMessage);
  }

  detaching(): void {
    window.removeEventListener('message', this.onMessage);
  }

  private readonly onMessage = (event: MessageEvent): void => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      this.reference = data.transactionReference;
      this.verified(data.transactionReference);
    }
    this.failed = data.payload.value === 'error';
  };
}
