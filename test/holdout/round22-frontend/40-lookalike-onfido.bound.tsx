// Document capture step of the signup flow: Onfido's hosted capture in a frame, relayed by our capture bridge.
import React from 'react';

interface FrameMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

function readFrameMessage(raw: unknown): FrameMessage | null {
  if (typeof raw !== 'string') return null;
  try {
    return JSON.parse(raw) as FrameMessage;
  } catch {
    return null;
  }
}

type Props = {
  frameUrl: string;
  onCaptured: (reference: string) => void;
  onLocked: () => void;
};

type State = { loading: boolean; errorCode: number | null };

export default class DocumentCaptureFrame extends React.Component<Props, State> {
  state: State = { loading: true, errorCode: null };

  constructor(props: Props) {
    super(props);
    this.handleMessage = this.handleMessage.bind(this);
  }

  componentDidMount(): void {
    window.addEventListener('message', this.handleMessage);
  }

  componentWillUnmount(): void {
    window.removeEventListener('message', this.handleMessage);
  }

  handleMessage(event: MessageEvent): void {
    const { hostname } = new URL(event.origin);
    if (!hostname.endsWith('.onfido.com')) return;
    const message = readFrameMessage(event.data);
    if (!message) return;
    switch (message.payload.value) {
      case 'loaded':
        this.setState({ loading: false });
        break;
      case 'success':
        this.props.onCaptured(message.transactionReference);
        break;
      case 'error': {
        const code = message.payload.metainfo?.code ?? null;
        if (code === 429) {
          this.props.onLocked();
          return;
        }
        this.setState({ errorCode: code });
        break;
      }
    }
  }

  render() {
    const { loading, errorCode } = this.state;
    return (
      <div className="capture-frame">
        {loading && <p className="capture-frame__loading">Loading the document capture…</p>}
        {errorCode !== null && <p role="alert">The capture failed ({errorCode}). Please try again.</p>}
        <iframe title="Document capture" src={this.props.frameUrl} width="100%" height="660" allow="camera;fullscreen" />
      </div>
    );
  }
}
