import * as React from 'react';

interface Props {
  url: string;
  onComplete(reference: string): void;
  onRetry(): void;
}

interface State {
  error?: string;
}

const ERRORS: Record<number, string> = {
  9200: 'Your session expired, we will start a new one.',
  9210: 'Your session expired, we will start a new one.',
  9820: 'We could not access your camera.',
  9836: 'Too many attempts.',
};

export class JumioFrame extends React.Component<Props, State> {
  state: State = {};

  componentDidMount() {
    window.addEventListener('message', this.handleMessage);
  }

  componentWillUnmount() {
    window.removeEventListener('message', this.handleMessage);
  }

  handleMessage = (event: MessageEvent) => {
    if (!event.origin.endsWith('.netverify.com')) {
      return;
    }
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      this.props.onComplete(data.transactionReference);
    } else if (data.payload.value === 'error') {
      const code: number = data.payload.metainfo.code;
      if (code === 9200 || code === 9210) {
        this.props.onRetry();
        return;
      }
      this.setState({ error: ERRORS[code] || 'Something went wrong.' });
    }
  };

  render() {
    return (
      <>
        {this.state.error && <div role="alert">{this.state.error}</div>}
        <iframe src={this.props.url} allow="camera;fullscreen" allowFullScreen width={640} height={660} />
      </>
    );
  }
}
