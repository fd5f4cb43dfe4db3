// Identity check step of the partner onboarding (React class component of the old app, Veriff's hosted flow). The
// frame's origin is checked against the set of origins Veriff gave us.
import React from 'react';

const VERIFF_ORIGINS = new Set(['https://magic.veriff.me']);

export default class VeriffFrame extends React.Component {
  componentDidMount() {
    this.listener = (event) => this.receive(event);
    window.addEventListener('message', this.listener);
  }

  componentWillUnmount() {
    window.removeEventListener('message', this.listener);
  }

  receive(event) {
    if (!VERIFF_ORIGINS.has(event.origin)) return;
    let data;
    try {
      data = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (data.payload.value === 'success') {
      this.props.onVerified(data.transactionReference);
    } else if (data.payload.value === 'error') {
      this.props.onFailed(data.payload.metainfo.code);
    }
  }

  render() {
    return <iframe className="veriff-frame" src={this.props.url} title="Identity check" allow="camera;fullscreen" />;
  }
}
