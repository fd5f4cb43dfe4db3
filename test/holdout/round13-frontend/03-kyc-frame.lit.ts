// <kyc-frame src="…"> — Lit element hosting the Netverify face authentication.
import { LitElement, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';

@customElement('kyc-frame')
export class KycFrame extends LitElement {
  @property() src = '';
  @query('#kyc') frame!: HTMLIFrameElement;
  #ac?: AbortController;

  connectedCallback(): void {
    super.connectedCallback();
    this.#ac = new AbortController();
    window.addEventListener('message', this.#onMessage, { signal: this.#ac.signal });
  }

  disconnectedCallback(): void {
    this.#ac?.abort();
    super.disconnectedCallback();
  }

  firstUpdated(): void {
    this.frame.allow = 'camera;fullscreen';
  }

  #onMessage = (event: MessageEvent): void => {
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    if (data.payload.value === 'loaded') return;
    const detail = { reference: data.transactionReference, code: data.payload.metainfo?.code };
    this.dispatchEvent(new CustomEvent(data.payload.value === 'success' ? 'verified' : 'failed', { detail }));
  };

  render() {
    return html`<iframe id="kyc" src=${this.src} width="100%" height="660"></iframe>`;
  }
}
