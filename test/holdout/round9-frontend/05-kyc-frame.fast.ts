import { FASTElement, customElement, html, attr } from '@microsoft/fast-element';

const template = html<KycFrame>`
  <iframe src="${(x) => x.src}" width="640" height="660" allow="camera;fullscreen" allowfullscreen></iframe>
`;

@customElement({ name: 'kyc-frame', template })
export class KycFrame extends FASTElement {
  @attr src = '';

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('message', this.onFrameMessage);
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.onFrameMessage);
    super.disconnectedCallback();
  }

  private onFrameMessage = (event: MessageEvent) => {
    if (!event.origin.includes('netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      this.$emit('verified', data.transactionReference);
    }
  };
}
