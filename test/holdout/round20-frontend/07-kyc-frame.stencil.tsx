import { Component, Event, EventEmitter, Host, Listen, Prop, State, h } from '@stencil/core';

// Only our tenant's web client.
const NETVERIFY_ORIGIN = /^https:\/\/acme\.netverify\.com$/;

@Component({ tag: 'acme-kyc-frame', styleUrl: 'kyc-frame.css', shadow: true })
export class KycFrame {
  @Prop() src!: string;
  @State() status: 'idle' | 'capturing' | 'failed' = 'idle';
  @Event() verified!: EventEmitter<{ reference: string }>;

  @Listen('window:message')
  handleWindowMessage(ev: MessageEvent) {
    if (!NETVERIFY_ORIGIN.test(ev.origin)) return;
    const data = JSON.parse(ev.data);
    switch (data.payload.value) {
      case 'loaded':
        this.status = 'capturing';
        break;
      case 'success':
        this.verified.emit({ reference: data.transactionReference });
        break;
      case 'error':
        this.status = 'failed';
        break;
    }
  }

  render() {
    return (
      <Host>
        {this.status === 'failed' && <p class="error">Verification failed</p>}
        <iframe src={this.src} width="100%" height="660" allow="camera;fullscreen" allowFullScreen></iframe>
      </Host>
    );
  }
}
