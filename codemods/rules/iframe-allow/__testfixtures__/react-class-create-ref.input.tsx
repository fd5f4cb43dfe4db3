// A React class's createRef frame whose allow is set at mount: the runtime list is the one the browser uses.
import React, { Component, createRef } from 'react';

export default class KycFrame extends Component<{ url: string; onDone(ref: string): void }> {
  private frameRef = createRef<HTMLIFrameElement>();

  componentDidMount(): void {
    this.frameRef.current?.setAttribute('allow', 'camera;fullscreen');
    window.addEventListener('message', this.onMessage);
  }

  onMessage = (event: MessageEvent): void => {
    if (!event.origin.endsWith('.jumio.ai')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.props.onDone(data.workflowExecutionId);
  };

  render() {
    return <iframe ref={this.frameRef} src={this.props.url} allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowFullScreen title="Identity check" />;
  }
}
