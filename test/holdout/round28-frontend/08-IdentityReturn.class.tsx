// Landing page of the identity check (the web client's successUrl and errorUrl), a class component of the old app.
import { Component } from 'react';

interface ReturnState {
  status: string | null;
  reference: string | null;
  code: string | null;
}

export default class IdentityReturn extends Component<Record<string, never>, ReturnState> {
  state: ReturnState = { status: null, reference: null, code: null };

  componentDidMount(): void {
    const params = new URLSearchParams(window.location.search);
    this.setState({
      status: params.get('transactionStatus'),
      reference: params.get('transactionReference'),
      code: params.get('errorCode'),
    });
  }

  render() {
    const { status, reference, code } = this.state;
    if (status === null) return <p className="identity-return">Loading…</p>;
    if (status === 'SUCCESS') {
      return <p className="identity-return">Identity verified. Reference {reference}.</p>;
    }
    return <p className="identity-return">The identity check did not complete (error {code ?? 'unknown'}).</p>;
  }
}
