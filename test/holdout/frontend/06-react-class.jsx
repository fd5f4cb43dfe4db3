import React, { Component } from 'react';
import PropTypes from 'prop-types';

export default class JumioVerification extends Component {
  constructor(props) {
    super(props);
    this.state = { status: 'loading', reference: null };
    this.handleMessage = this.handleMessage.bind(this);
  }

  componentDidMount() {
    window.addEventListener('message', this.handleMessage);
  }

  componentWillUnmount() {
    window.removeEventListener('message', this.handleMessage);
  }

  handleMessage(event) {
    if (typeof event.data !== 'string') return;
    let data;
    try {
      data = JSON.parse(event.data);
    } catch (err) {
      return;
    }
    if (!data.transactionReference) return;
    switch (data.payload.value) {
      case 'loaded':
        this.setState({ status: 'ready' });
        break;
      case 'success':
        this.setState({ status: 'done', reference: data.transactionReference });
        this.props.onSuccess(data.transactionReference);
        break;
      case 'error':
        this.setState({ status: 'failed' });
        break;
      default:
    }
  }

  render() {
    const { redirectUrl } = this.props;
    return (
      <div className="jumio">
        {/* Jumio web client */}
        <iframe
          title="Identity verification"
          src={redirectUrl}
          width="100%"
          height="710"
          allow="camera;fullscreen"
          allowFullScreen
        />
        {this.state.status === 'failed' && <p>Something went wrong.</p>}
      </div>
    );
  }
}

JumioVerification.propTypes = { redirectUrl: PropTypes.string.isRequired, onSuccess: PropTypes.func };
