import React from 'react';
import PropTypes from 'prop-types';

export default class IdentityFrame extends React.Component {
  static propTypes = {
    url: PropTypes.string.isRequired,
    onVerified: PropTypes.func.isRequired,
    onLocked: PropTypes.func,
  };

  state = { failedCode: null };

  componentDidMount() {
    window.addEventListener('message', this.handleFrameMessage, false);
  }

  componentWillUnmount() {
    window.removeEventListener('message', this.handleFrameMessage, false);
  }

  handleFrameMessage = (event) => {
    if (!new URL(event.origin).hostname.endsWith('.netverify.com')) return;
    const message = typeof event.data === 'string' ? JSON.parse(event.data) : null;
    if (!message || !message.transactionReference) return;
    if (message.payload.value === 'success') {
      this.props.onVerified(message.transactionReference);
    } else if (message.payload.value === 'error') {
      const code = message.payload.metainfo && message.payload.metainfo.code;
      if (code === 9836 && this.props.onLocked) this.props.onLocked();
      else this.setState({ failedCode: code });
    }
  };

  render() {
    const { url } = this.props;
    const { failedCode } = this.state;
    return (
      <div className="identity-frame">
        {failedCode && <p className="identity-frame__error">Verification failed ({failedCode}). Please try again.</p>}
        <iframe title="Identity verification" src={url} width="100%" height="660" allow="camera;fullscreen" allowFullScreen />
      </div>
    );
  }
}
