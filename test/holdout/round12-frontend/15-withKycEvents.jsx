// Higher-order component: gives the wrapped identity step the Netverify frame's state as props.
import React from 'react';

export default function withKycEvents(Wrapped) {
  return class WithKycEvents extends React.Component {
    state = { reference: null, status: 'pending', errorCode: null };

    componentDidMount() {
      window.addEventListener('message', this.receive, false);
    }

    componentWillUnmount() {
      window.removeEventListener('message', this.receive, false);
    }

    receive = (event) => {
      if (typeof event.data !== 'string') return;
      const data = JSON.parse(event.data);
      if (data.eventType !== 510) return;
      this.setState({
        reference: data.transactionReference,
        status: data.payload.value,
        errorCode: data.payload.metainfo && data.payload.metainfo.code,
      });
    };

    render() {
      return <Wrapped {...this.props} kyc={this.state} />;
    }
  };
}
