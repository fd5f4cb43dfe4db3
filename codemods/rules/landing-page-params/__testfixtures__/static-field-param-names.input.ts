// The identity check's return page as a custom element: the names it reads are a static field of the class.
export class IdentityReturn extends HTMLElement {
  static readonly PARAMS = ['transactionStatus', 'transactionReference', 'errorCode'] as const;

  connectedCallback(): void {
    const query = new URLSearchParams(window.location.search);
    const [status, reference, errorCode] = IdentityReturn.PARAMS.map((name) => query.get(name));
    this.textContent = status === 'SUCCESS' ? `Verified (${reference})` : `Verification failed (${errorCode ?? '?'})`;
  }
}

customElements.define('identity-return', IdentityReturn);
