// app/javascript/controllers/identity_check_controller.ts
import { Controller } from '@hotwired/stimulus';

export default class extends Controller<HTMLElement> {
  static targets = ['frame', 'status'];
  static values = { url: String, origin: String };

  declare readonly frameTarget: HTMLIFrameElement;
  declare readonly statusTarget: HTMLElement;
  declare readonly urlValue: string;
  declare readonly originValue: string;

  connect(): void {
    this.frameTarget.allow = 'camera;fullscreen';
    this.frameTarget.src = this.urlValue;
    window.addEventListener('message', this.handleMessage);
  }

  disconnect(): void {
    window.removeEventListener('message', this.handleMessage);
  }

  private handleMessage = (event: MessageEvent<string>): void => {
    if (this.originValue && event.origin !== this.originValue) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'loaded') {
      this.statusTarget.textContent = 'Look into the camera';
      return;
    }
    if (data.payload.value === 'error') {
      this.statusTarget.textContent = `Verification failed (${data.payload.metainfo.code})`;
      return;
    }
    this.statusTarget.textContent = 'Verified';
    this.dispatch('verified', { detail: { reference: data.transactionReference } });
  };
}
