// @flow
import * as React from 'react';

type JumioEvent = {
  authorizationToken: string,
  transactionReference?: string,
  eventType: number,
  dateTime: string,
  payload: { value: 'loaded' | 'success' | 'error', metainfo?: { code?: number } },
};

type Props = {| url: string, onSuccess: (ref: string) => void, onError: (code: ?number) => void |};

export default class JumioFrame extends React.Component<Props> {
  componentDidMount() {
    window.addEventListener('message', this.handleMessage, false);
  }

  componentWillUnmount() {
    window.removeEventListener('message', this.handleMessage, false);
  }

  handleMessage = (event: MessageEvent) => {
    if (event.origin !== 'https://acme.netverify.com') return;
    const data: JumioEvent = JSON.parse((event.data: any));
    if (data.payload.value === 'success') {
      this.props.onSuccess(data.transactionReference || '');
    } else if (data.payload.value === 'error') {
      this.props.onError(data.payload.metainfo && data.payload.metainfo.code);
    }
  };

  render() {
    return <iframe title="Jumio" src={this.props.url} allow="camera" width="100%" height="620" />;
  }
}
