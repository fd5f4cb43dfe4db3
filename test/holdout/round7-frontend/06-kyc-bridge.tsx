import { Component, h } from 'preact';

type Listener = (ref: string) => void;

export class KycBridge extends Component<{ frameUrl: string; onVerified: Listener }> {
  static listeners: Listener[] = [];

  static handleMessage(event: MessageEvent) {
    if (event.origin !== 'https://acme.netverify.com') return;
    const data = JSON.parse(event.data);
    if (data.transactionReference && data.payload.value === 'success') {
      KycBridge.listeners.forEach((l) => l(data.transactionReference));
    }
  }

  componentDidMount() {
    KycBridge.listeners.push(this.props.onVerified);
    window.addEventListener('message', KycBridge.handleMessage);
  }

  componentWillUnmount() {
    KycBridge.listeners = KycBridge.listeners.filter((l) => l !== this.props.onVerified);
    window.removeEventListener('message', KycBridge.handleMessage);
  }

  render() {
    return <iframe src={this.props.frameUrl} allow="camera;fullscreen" allowFullScreen width="640" height="660" />;
  }
}
