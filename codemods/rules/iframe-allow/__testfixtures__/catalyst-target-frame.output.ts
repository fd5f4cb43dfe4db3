// GitHub Catalyst: @target frame is the element's <iframe data-target="kyc-frame.frame">.
import { controller, target } from '@github/catalyst';

@controller
export class KycFrameElement extends HTMLElement {
  @target frame!: HTMLIFrameElement;

  connectedCallback(): void {
    this.frame.setAttribute('allow', 'camera;fullscreen;accelerometer;gyroscope;magnetometer');
    this.frame.setAttribute('allowfullscreen', '');
    window.addEventListener('message', this.handle);
  }

  handle = (event: MessageEvent): void => {
    if (!event.origin.endsWith('jumio.ai')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.dispatchEvent(new CustomEvent('kyc:verified', { detail: data.workflowExecutionId }));
  };
}
