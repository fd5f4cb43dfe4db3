import React from 'react';
import PropTypes from 'prop-types';

// Old class component, still on React 16. Jumio Netverify iframe + postMessage logging.
export default class KycFrame extends React.PureComponent {
  static propTypes = { url: PropTypes.string.isRequired, onDone: PropTypes.func };

  state = { loaded: false, error: null };

  componentDidMount() {
    window.addEventListener('message', this.handleMessage, { passive: true });
  }

  componentWillUnmount() {
    window.removeEventListener('message', this.handleMessage, { passive: true });
  }

  handleMessage = (event) => {
    let data;
    try { data = window.JSON.parse(event.data); } catch (err) { return; }
    if (data.eventType !== 510) return;

    switch (data.payload.value) {
      case 'loaded':
        this.setState({ loaded: true });
        break;
      case 'success':
        this.props.onDone && this.props.onDone(data.transactionReference);
        break;
      case 'error':
        this.setState({ error: data.payload.metainfo ? data.payload.metainfo.code : 'unknown' });
        break;
      default:
    }
  };

  render() {
    const { url } = this.props;
    return (
      <div className={this.state.loaded ? 'kyc kyc--ready' : 'kyc'}>
        {this.state.error && <p role="alert">Error {this.state.error}</p>}
        <iframe title="jumio" src={url} allow="camera;fullscreen" allowFullScreen width="100%" height={660} />
      </div>
    );
  }
}
