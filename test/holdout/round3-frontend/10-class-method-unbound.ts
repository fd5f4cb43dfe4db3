import { api } from './api';

const FRAME_ORIGIN = 'https://acmebank.netverify.com';

export class VerificationWidget {
  private frame?: HTMLIFrameElement;

  constructor(private readonly container: HTMLElement, private readonly customerId: string) {
    window.addEventListener('message', this.handle, false);
  }

  mount(url: string): void {
    const frame = document.createElement('iframe');
    frame.src = url;
    frame.width = '100%';
    frame.height = '710';
    frame.setAttribute('allow', 'camera;fullscreen');
    frame.setAttribute('allowfullscreen', '');
    this.container.appendChild(frame);
    this.frame = frame;
  }

  destroy(): void {
    window.removeEventListener('message', this.handle, false);
    this.frame?.remove();
  }

  handle(event: MessageEvent): void {
    if (event.origin !== FRAME_ORIGIN) {
      return;
    }
    const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    switch (data.payload.value) {
      case 'success':
        void api.post(`/customers/${this.customerId}/identity`, { reference: data.transactionReference });
        break;
      case 'error':
        console.warn('identity check failed', data.payload.metainfo && data.payload.metainfo.code);
        break;
      default:
        break;
    }
  }
}
