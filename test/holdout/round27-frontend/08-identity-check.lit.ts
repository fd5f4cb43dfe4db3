// <identity-check> (Lit 3): the identity step of the onboarding wizard. The frame's messages are validated with zod
// before the wizard moves on; the tenant's web client runs in the EU data centre.
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { z } from 'zod';

const IDENTITY_FRAME_ORIGIN = 'https://acme.lon.netverify.com';

const FrameEvent = z.object({
  transactionReference: z.string(),
  eventType: z.number(),
  dateTime: z.string(),
  payload: z.object({
    value: z.enum(['loaded', 'success', 'error']),
    metainfo: z.object({ code: z.number() }).optional(),
  }),
});

@customElement('identity-check')
export class IdentityCheck extends LitElement {
  static styles = css`
    iframe { border: 0; width: 100%; height: 700px; }
  `;

  @property() src = '';

  @state() private retryLater = false;

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
  }

  disconnectedCallback(): void {
    window.removeEventListener('message', this.onMessage);
    super.disconnectedCallback();
  }

  private readonly onMessage = (event: MessageEvent<string>): void => {
    if (event.origin !== IDENTITY_FRAME_ORIGIN) return;
    const raw: unknown = JSON.parse(event.data);
    const parsed = FrameEvent.safeParse(raw);
    if (!parsed.success) return;
    const { payload } = parsed.data;
    if (payload.value === 'success') {
      this.dispatchEvent(new CustomEvent('identity-verified', { detail: parsed.data.transactionReference, bubbles: true, composed: true }));
    } else if (payload.value === 'error') {
      this.retryLater = payload.metainfo?.code === 9836;
    }
  };

  render() {
    return html`
      <iframe src=${this.src} title="Identity check" allow="camera;fullscreen"></iframe>
      ${this.retryLater ? html`<p class="hint">Too many attempts: please try again later.</p>` : null}
    `;
  }
}
