// Stencil web component embedding the Netverify authentication client.
import { Component, Element, Event, EventEmitter, Listen, Prop, h } from '@stencil/core';

@Component({ tag: 'kyc-frame', shadow: true })
export class KycFrame {
  @Element() el!: HTMLElement;
  @Prop() url!: string;
  @Event() verified!: EventEmitter<string>;

  componentDidLoad() {
    const frame = this.el.shadowRoot!.querySelector('iframe')!;
    frame.setAttribute('allow', 'camera;fullscreen');
  }

  @Listen('message', { target: 'window' })
  onMessage(ev: MessageEvent) {
    if (!ev.origin.includes('netverify.com')) return;
    const data = JSON.parse(ev.data);
    if (data.payload.value === 'success') this.verified.emit(data.transactionReference);
  }

  render() {
    return <iframe src={this.url} width="100%" height="660" />;
  }
}
