import { FASTElement, customElement, html, attr } from '@microsoft/fast-element';

const template = html<OnfidoFrame>`
  <iframe src="${(x) => x.src}" width="640" height="660" allow="camera;fullscreen" allowfullscreen></iframe>
`;

// Onfido Studio hosted workflow in a frame.
@customElement({ name: 'onfido-frame', template })
export class OnfidoFrame extends FASTElement {
  @attr src = '';

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('message', this.onFrameMessage);
  }

  private onFrameMessage = (event: MessageEvent) => {
    if (!event.origin.endsWith('.onfido.com')) return;
    const data = JSON.parse(event.data);
    if (data.type === 'complete') this.$emit('completed', data.transactionReference);
  };
}
