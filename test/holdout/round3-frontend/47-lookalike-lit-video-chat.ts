import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

// Support video call (Whereby embed). The room page posts JSON strings describing call state.
@customElement('support-call')
export class SupportCall extends LitElement {
  @property() roomUrl = '';

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.onMessage);
    super.disconnectedCallback();
  }

  private onMessage = (event: MessageEvent) => {
    if (!event.origin.endsWith('.whereby.com')) return;
    const data = JSON.parse(event.data);
    if (data.type === 'leave') this.dispatchEvent(new CustomEvent('call-ended'));
    if (data.payload?.value === 'success') this.dispatchEvent(new CustomEvent('call-joined', { detail: data.participantId }));
  };

  render() {
    return html`<iframe src=${this.roomUrl} allow="camera;fullscreen;microphone;display-capture" allowfullscreen></iframe>`;
  }
}
