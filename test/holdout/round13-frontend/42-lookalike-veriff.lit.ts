// <veriff-frame> — Lit element around Veriff InContext.
import { LitElement, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';

@customElement('veriff-frame')
export class VeriffFrame extends LitElement {
  @property() src = '';
  @query('#veriff') frame!: HTMLIFrameElement;
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
    this.frame.allow = 'camera;microphone;fullscreen';
  }

  #onMessage = (event: MessageEvent): void => {
    if (event.origin !== 'https://magic.veriff.me') return;
    const data = JSON.parse(event.data);
    this.dispatchEvent(new CustomEvent('veriff-' + data.status, { detail: data.sessionId }));
  };

  render() {
    return html`<iframe id="veriff" src=${this.src} width="100%" height="660"></iframe>`;
  }
}
