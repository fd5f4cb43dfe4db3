import { Component } from 'inferno';

export class NetverifyFrame extends Component {
  constructor(props) {
    super(props);
    this.state = { step: 'loading' };
  }

  componentDidMount() {
    window.addEventListener('message', this.handleMessage);
  }

  componentWillUnmount() {
    window.removeEventListener('message', this.handleMessage);
  }

  handleMessage = (event) => {
    let data;
    try {
      data = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (!data.transactionReference) return;
    switch (data.payload.value) {
      case 'loaded':
        this.setState({ step: 'capturing' });
        break;
      case 'success':
        this.setState({ step: 'done' });
        this.props.onVerified({ reference: data.transactionReference, at: data.dateTime });
        break;
      case 'error':
        this.setState({ step: 'error' });
        break;
      default:
    }
  };

  render() {
    return (
      <section class="netverify">
        {this.state.step === 'error' ? <p>Something went wrong.</p> : null}
        <iframe src={this.props.url} width="640" height="660" allow="camera;fullscreen" allowfullscreen />
      </section>
    );
  }
}
