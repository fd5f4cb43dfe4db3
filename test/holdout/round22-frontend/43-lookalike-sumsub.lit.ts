import { LitElement, html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { customElement, property } from 'lit/decorators.js';

// Sumsub's WebSDK page posts to us only from its own host.
const FRAME_ORIGIN = 'https://in.sumsub.com';

type FrameEvent = {
  transactionReference: string;
  eventType: number;
  payload: { value: string; metainfo?: { code: number } };
};

/** Listens to the Sumsub frame's events for its host element and re-dispatches the outcome as DOM events. */
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
      this.host.dispatchEvent(new CustomEvent('applicant-submitted', { detail: { reference: msg.transactionReference }, bubbles: true, composed: true }));
    } else if (msg.payload.value === 'error') {
      this.host.dispatchEvent(new CustomEvent('applicant-failed', { detail: { code: msg.payload.metainfo?.code }, bubbles: true, composed: true }));
    }
  };
}

@customElement('sumsub-check')
export class SumsubCheck extends LitElement {
  @property({ attribute: 'frame-url' }) frameUrl = '';

  private readonly frameEvents = new FrameEventsController(this);

  override render() {
    return html`<iframe src=${this.frameUrl} title="Applicant check" width="100%" height="660" allow="camera;fullscreen"></iframe>`;
  }
}
