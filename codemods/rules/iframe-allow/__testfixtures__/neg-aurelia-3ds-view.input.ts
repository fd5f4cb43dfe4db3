import { bindable } from 'aurelia';
import template from './neg-aurelia-3ds-view.input.html';

// 3-D Secure challenge: the issuer's ACS in the element's view; its handler checks the ACS origin.
export class ThreedsChallenge {
  static template = template;
  @bindable acsUrl = '';
  attached(): void {
    window.addEventListener('message', (event: MessageEvent) => {
      if (event.origin !== 'https://acs.bank.example') return;
      const data = JSON.parse(event.data);
      if (data.payload?.value === 'success') this.done(data.transactionReference);
    });
  }
  done(ref: string): void {
    console.log(ref);
  }
}
