// Landing page of the card payment (the payment page's return URL), a class component of the old shop.
import { Component } from 'react';

interface ReturnState {
  paid: boolean | null;
  reference: string | null;
  code: string | null;
}

export default class OrderReturn extends Component<Record<string, never>, ReturnState> {
  state: ReturnState = { paid: null, reference: null, code: null };

  componentDidMount(): void {
    const params = new URLSearchParams(window.location.search);
    this.setState({
      paid: params.get('transactionStatus') === 'AUTHORISED',
      reference: params.get('transactionReference'),
      code: params.get('errorCode'),
    });
  }

  render() {
    const { paid, reference, code } = this.state;
    if (paid === null) return <p className="order-return">Loading…</p>;
    if (paid) {
      return <p className="order-return">Thank you for your order. Payment reference {reference}.</p>;
    }
    return <p className="order-return">Your card was refused (code {code ?? 'unknown'}).</p>;
  }
}
