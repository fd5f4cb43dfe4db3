// 3-D Secure challenge frame of a card checkout (a React class with a createRef frame): not the Jumio client.
import React, { Component, createRef } from 'react';

export default class ChallengeFrame extends Component<{ acsUrl: string; onResult(ref: string): void }> {
  private frameRef = createRef<HTMLIFrameElement>();

  componentDidMount(): void {
    this.frameRef.current?.setAttribute('allow', 'payment');
    window.addEventListener('message', this.onMessage);
  }

  onMessage = (event: MessageEvent): void => {
    if (event.origin !== 'https://acs.cardinalcommerce.com') return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.props.onResult(data.transactionReference);
  };

  render() {
    return <iframe ref={this.frameRef} src={this.props.acsUrl} title="3-D Secure" />;
  }
}
