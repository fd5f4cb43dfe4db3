import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Lit reactive controller: forwards the Jumio Netverify iframe's events to its host element. */
export class JumioEventsController implements ReactiveController {
  reference: string | null = null;
  status: 'loading' | 'loaded' | 'success' | 'error' = 'loading';

  constructor(private host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected() {
    window.addEventListener('message', this._onMessage);
  }

  hostDisconnected() {
    window.removeEventListener('message', this._onMessage);
  }

  private _onMessage = (e: MessageEvent) => {
    if (!/^https:\/\/([\w-]+\.)?netverify\.com$/.test(e.origin)) return;
    const data = JSON.parse(e.data);
    this.status = data.payload.value;
    if (data.payload.value === 'success') {
      this.reference = data.transactionReference;
      this.host.dispatchEvent(new CustomEvent('kyc-done', { detail: data.transactionReference, bubbles: true }));
    }
    this.host.requestUpdate();
  };
}
