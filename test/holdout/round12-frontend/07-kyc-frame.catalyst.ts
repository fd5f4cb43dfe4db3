// GitHub Catalyst element around the Netverify identity frame:
// <kyc-frame><iframe data-target="kyc-frame.frame" src="…"></iframe></kyc-frame>
import { controller, target } from '@github/catalyst';

@controller
export class KycFrameElement extends HTMLElement {
  @target frame!: HTMLIFrameElement;

  connectedCallback(): void {
    this.frame.setAttribute('allow', 'camera;fullscreen');
    window.addEventListener('message', this.handle);
  }

  disconnectedCallback(): void {
    window.removeEventListener('message', this.handle);
  }

  handle = (event: MessageEvent): void => {
    if (!event.origin.endsWith('netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value !== 'success') return;
    this.dispatchEvent(new CustomEvent('kyc:verified', { detail: data.transactionReference, bubbles: true }));
  };
}
