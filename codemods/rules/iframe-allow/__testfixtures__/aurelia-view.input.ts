import { bindable, customElement } from 'aurelia';
import template from './aurelia-view.input.html';

// Aurelia 2: the element imports its view; its handler is proven by the origin check.
@customElement({ name: 'identity-frame', template })
export class IdentityFrame {
  @bindable url = '';
  attached(): void {
    window.addEventListener('message', this.onMessage);
  }
  private readonly onMessage = (event: MessageEvent): void => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') sessionStorage.setItem('kycRef', data.transactionReference);
  };
}
