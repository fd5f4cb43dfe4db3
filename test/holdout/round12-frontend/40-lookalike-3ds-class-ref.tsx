// 3-D Secure challenge for card payments: the issuer's ACS page posts its result to the checkout.
import React, { Component, createRef } from 'react';

interface Props {
  acsUrl: string;
  onResult(result: { transactionReference: string; status: string }): void;
}

export default class ChallengeFrame extends Component<Props> {
  private frameRef = createRef<HTMLIFrameElement>();

  componentDidMount(): void {
    this.frameRef.current?.setAttribute('allow', 'payment');
    window.addEventListener('message', this.handleMessage);
  }

  componentWillUnmount(): void {
    window.removeEventListener('message', this.handleMessage);
  }

  handleMessage = (event: MessageEvent): void => {
    if (event.origin !== 'https://acs.cardinalcommerce.com') return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success' || data.payload.value === 'error') {
      this.props.onResult({ transactionReference: data.transactionReference, status: data.payload.value });
    }
  };

  render() {
    return <iframe ref={this.frameRef} src={this.props.acsUrl} title="3-D Secure" width="390" height="400" />;
  }
}
