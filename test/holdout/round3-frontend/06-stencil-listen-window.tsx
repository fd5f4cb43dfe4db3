import { Component, Event, EventEmitter, Host, Listen, Prop, State, h } from '@stencil/core';

@Component({
  tag: 'jumio-frame',
  styleUrl: 'jumio-frame.css',
  shadow: true,
})
export class JumioFrame {
  /** redirectUrl returned by our backend's /kyc/start */
  @Prop() redirectUrl: string;

  @State() errorCode?: number;

  @Event() verificationDone: EventEmitter<string>;

  @Listen('message', { target: 'window' })
  handleMessage(ev: MessageEvent) {
    if (!/^https:\/\/[a-z0-9-]+\.netverify\.com$/.test(ev.origin)) {
      return;
    }
    const data = JSON.parse(ev.data);
    if (data.payload.value === 'success') {
      this.verificationDone.emit(data.transactionReference);
    } else if (data.payload.value === 'error') {
      this.errorCode = data.payload.metainfo.code;
    }
  }

  render() {
    return (
      <Host>
        {this.errorCode ? <p class="error">Verification failed ({this.errorCode})</p> : null}
        <iframe src={this.redirectUrl} allow="camera;fullscreen" allowFullScreen={true}></iframe>
      </Host>
    );
  }
}
