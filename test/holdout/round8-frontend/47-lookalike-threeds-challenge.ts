import { bindable, customElement } from 'aurelia';
import template from './47-lookalike-threeds-challenge.html';

// Aurelia 2: 3-D Secure challenge of the card issuer's ACS.
@customElement({ name: 'threeds-challenge', template })
export class ThreedsChallenge {
  @bindable acsUrl = '';
  @bindable completed: (transactionReference: string) => void = () => undefined;

  attached(): void {
    window.addEventListener('message', this.onMessage);
  }

  detaching(): void {
    window.removeEventListener('message', this.onMessage);
  }

  private readonly onMessage = (event: MessageEvent): void => {
    const data = JSON.parse(event.data);
    if (data.payload?.value === 'success') this.completed(data.transactionReference);
  };
}
