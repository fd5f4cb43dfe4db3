import { Component, Event, EventEmitter, Prop, State, h } from '@stencil/core';

@Component({ tag: 'kyc-verify', styleUrl: 'kyc-verify.css', shadow: true })
export class KycVerify {
  @Prop() redirectUrl!: string;
  @State() errorCode?: number;
  @Event() verified!: EventEmitter<string>;

  componentDidLoad() {
    window.addEventListener('message', this.handleMessage);
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.handleMessage);
  }

  private handleMessage = (ev: MessageEvent) => {
    if (!new URL(ev.origin).hostname.endsWith('.netverify.com')) return;
    const data = JSON.parse(ev.data);
    if (data.payload.value === 'success') this.verified.emit(data.transactionReference);
    if (data.payload.value === 'error') this.errorCode = data.payload.metainfo.code;
  };

  render() {
    return (
      <div class="kyc">
        {this.errorCode ? <p class="error">Error {this.errorCode}</p> : null}
        <iframe src={this.redirectUrl} allow="camera;fullscreen" allowFullScreen />
      </div>
    );
  }
}
