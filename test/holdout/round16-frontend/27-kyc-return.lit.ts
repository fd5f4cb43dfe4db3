// Lit element of the identity check's return page; the query is kept in a reactive field.
import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';

@customElement('kyc-return')
export class KycReturn extends LitElement {
  @state() private query = new URLSearchParams(window.location.search);

  render() {
    const status = this.query.get('transactionStatus');
    const reference = this.query.get('transactionReference');
    return status === 'SUCCESS'
      ? html`<p>Identity verified (${reference}).</p>`
      : html`<p>Identity check failed (${this.query.get('errorCode') ?? 'unknown'}).</p>`;
  }
}
