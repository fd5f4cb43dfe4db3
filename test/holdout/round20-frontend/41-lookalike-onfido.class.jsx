import React from 'react';
import PropTypes from 'prop-types';

// Onfido Studio workflow embedded in a frame (their hosted web SDK page).
export default class OnfidoFrame extends React.Component {
  static propTypes = {
    url: PropTypes.string.isRequired,
    onComplete: PropTypes.func.isRequired,
  };

  state = { failed: false };

  componentDidMount() {
    window.addEventListener('message', this.handleFrameMessage, false);
  }

  componentWillUnmount() {
    window.removeEventListener('message', this.handleFrameMessage, false);
  }

  handleFrameMessage = (event) => {
    if (!new URL(event.origin).hostname.endsWith('.onfido.com')) return;
    const message = typeof event.data === 'string' ? JSON.parse(event.data) : null;
    if (!message || !message.transactionReference) return;
    if (message.payload.value === 'complete') {
      this.props.onComplete(message.transactionReference);
    } else if (message.payload.value === 'error') {
      this.setState({ failed: true });
    }
  };

  render() {
    return (
      <div className="onfido-frame">
        {this.state.failed && <p className="onfido-frame__error">Something went wrong. Please try again.</p>}
        <iframe title="Identity verification" src={this.props.url} width="100%" height="660" allow="camera;fullscreen" allowFullScreen />
      </div>
    );
  }
}
