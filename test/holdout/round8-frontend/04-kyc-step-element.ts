import { LitElement, html, css, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

/** Reactive controller: relays the Netverify web client's events to its host element. */
class NetverifyEventsController implements ReactiveController {
  reference: string | null = null;
  failedCode: number | null = null;

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('message', this.onMessage);
  }

  hostDisconnected(): void {
    window.removeEventListener('message', this.onMessage);
  }

  private onMessage = (event: MessageEvent): void => {
    if (!event.origin.includes('netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      this.reference = data.transactionReference;
      this.host.dispatchEvent(new CustomEvent('verified', { detail: data.transactionReference }));
    } else if (data.payload.value === 'error') {
      this.failedCode = data.payload.metainfo.code;
    }
    this.host.requestUpdate();
  };
}

@customElement('kyc-step')
export class KycStepElement extends LitElement {
  static styles = css`iframe { border: 0; width: 100%; height: 660px; }`;
  @property() src = '';
  @state() private started = false;
  private events = new NetverifyEventsController(this);

  render() {
    if (this.events.failedCode !== null) return html`<p>Could not verify (${this.events.failedCode}).</p>`;
    return html`<iframe src=${this.src} allow="camera;fullscreen" allowfullscreen @load=${() => (this.started = true)}></iframe>`;
  }
}
