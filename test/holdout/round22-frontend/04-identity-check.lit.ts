import { LitElement, html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { customElement, property } from 'lit/decorators.js';

// The face check only ever posts to us from our white-label Netverify host.
const FRAME_ORIGIN = 'https://acmebank.netverify.com';

type FrameEvent = {
  transactionReference: string;
  eventType: number;
  payload: { value: string; metainfo?: { code: number } };
};

/** Listens to the web client's events for its host element and re-dispatches the outcome as DOM events. */
class FrameEventsController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('message', this.onMessage);
  }

  hostDisconnected(): void {
    window.removeEventListener('message', this.onMessage);
  }

  private onMessage = (event: MessageEvent): void => {
    if (event.origin !== FRAME_ORIGIN) return;
    const msg: FrameEvent = JSON.parse(event.data);
    if (msg.payload.value === 'success') {
      this.host.dispatchEvent(new CustomEvent('identity-verified', { detail: { reference: msg.transactionReference }, bubbles: true, composed: true }));
    } else if (msg.payload.value === 'error') {
      this.host.dispatchEvent(new CustomEvent('identity-failed', { detail: { code: msg.payload.metainfo?.code }, bubbles: true, composed: true }));
    }
  };
}

@customElement('identity-check')
export class IdentityCheck extends LitElement {
  @property({ attribute: 'frame-url' }) frameUrl = '';

  private readonly frameEvents = new FrameEventsController(this);

  override render() {
    return html`<iframe src=${this.frameUrl} title="Identity check" width="100%" height="660" allow="camera;fullscreen"></iframe>`;
  }
}
