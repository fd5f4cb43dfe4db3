import Modifier from 'ember-modifier';
import { registerDestructor } from '@ember/destroyable';

// Class-based modifier: {{jumio-events onVerified=this.verified onFailed=this.failed}} on the KYC iframe.
export default class JumioEventsModifier extends Modifier {
  onVerified = null;
  onFailed = null;
  listening = false;

  constructor(owner, args) {
    super(owner, args);
    registerDestructor(this, () => window.removeEventListener('message', this.handleMessage));
  }

  modify(element, positional, { onVerified, onFailed }) {
    this.onVerified = onVerified;
    this.onFailed = onFailed;
    if (!this.listening) {
      window.addEventListener('message', this.handleMessage);
      this.listening = true;
    }
  }

  handleMessage = (event) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.onVerified?.(data.transactionReference);
    else if (data.payload.value === 'error') this.onFailed?.(data.payload.metainfo.code);
  };
}
