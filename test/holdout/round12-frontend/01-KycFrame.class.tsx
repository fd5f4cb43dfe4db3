// Identity check step of the onboarding wizard: embeds the Netverify web client (redirectUrl of the initiate call made
// by our API) and reports the outcome to the wizard.
import React, { Component, createRef } from 'react';

interface Props {
  redirectUrl: string;
  onVerified(reference: string): void;
  onFailed(code?: number): void;
}

export default class KycFrame extends Component<Props> {
  private frameRef = createRef<HTMLIFrameElement>();

  componentDidMount(): void {
    // the client needs the camera; set here because our CMS strips unknown attributes from the JSX below
    this.frameRef.current?.setAttribute('allow', 'camera;fullscreen');
    window.addEventListener('message', this.handleMessage);
  }

  componentWillUnmount(): void {
    window.removeEventListener('message', this.handleMessage);
  }

  handleMessage = (event: MessageEvent): void => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      this.props.onVerified(data.transactionReference);
    } else if (data.payload.value === 'error') {
      this.props.onFailed(data.payload.metainfo?.code);
    }
  };

  render() {
    return <iframe ref={this.frameRef} src={this.props.redirectUrl} title="Identity check" width="100%" height="660" />;
  }
}
