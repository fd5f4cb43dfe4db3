// @flow
import * as React from 'react';

// TODO(netverify-migrate): iframe-event-handler: this Flow type still names the legacy field(s) transactionReference, authorizationToken: the codemod rewrites code, not Flow types — give it the KYX shape (see MIGRATION.md)
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
    // TODO(netverify-migrate): iframe-event-handler: origin check now expects acme.web.amer-1.jumio.ai: the legacy host does not tell the region; the vendor states only the amer-1 web-client host (emea-1/apac-1 follow the shape seen in third-party code, not stated by the vendor); otherwise use acme.web.emea-1.jumio.ai or acme.web.apac-1.jumio.ai, or compare with new URL(web.href).origin
    if (event.origin !== 'https://acme.web.amer-1.jumio.ai') return;
    const data: JumioEvent = JSON.parse((event.data: any));
    if (data.payload.value === 'success') {
      this.props.onSuccess(data.workflowExecutionId || '');
    } else if (data.payload.value === 'error') {
      this.props.onError(data.payload.metainfo && data.payload.metainfo.code);
    }
  };

  render() {
    return <iframe title="Jumio" src={this.props.url} allow="camera" width="100%" height="620" />;
  }
}
