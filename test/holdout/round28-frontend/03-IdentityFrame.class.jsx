// Identity check step of the onboarding flow (React class component of the old app). The frame's origin is checked
// against the set of web-client origins we were given at onboarding.
import React from 'react';

const JUMIO_ORIGINS = new Set(['https://acme.netverify.com']);

export default class IdentityFrame extends React.Component {
  componentDidMount() {
    this.listener = (event) => this.receive(event);
    window.addEventListener('message', this.listener);
  }

  componentWillUnmount() {
    window.removeEventListener('message', this.listener);
  }

  receive(event) {
    if (!JUMIO_ORIGINS.has(event.origin)) return;
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
    return <iframe className="identity-frame" src={this.props.url} title="Identity check" allow="camera;fullscreen" />;
  }
}
