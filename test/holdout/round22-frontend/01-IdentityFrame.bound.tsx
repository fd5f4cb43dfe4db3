// Face authentication step of the sign-in flow: the Netverify web client in a frame, and the events it posts to us.
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
  onVerified: (reference: string) => void;
  onLocked: () => void;
};

type State = { loading: boolean; errorCode: number | null };

export default class IdentityFrame extends React.Component<Props, State> {
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
    if (!hostname.endsWith('.netverify.com')) return;
    const message = readFrameMessage(event.data);
    if (!message) return;
    switch (message.payload.value) {
      case 'loaded':
        this.setState({ loading: false });
        break;
      case 'success':
        this.props.onVerified(message.transactionReference);
        break;
      case 'error': {
        const code = message.payload.metainfo?.code ?? null;
        if (code === 9836) {
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
      <div className="identity-frame">
        {loading && <p className="identity-frame__loading">Loading the face check…</p>}
        {errorCode !== null && <p role="alert">The face check failed ({errorCode}). Please try again.</p>}
        <iframe title="Face check" src={this.props.frameUrl} width="100%" height="660" allow="camera;fullscreen" />
      </div>
    );
  }
}
