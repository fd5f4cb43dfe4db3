// The names a result element reads are a static field that the app replaces at start-up: not known here.
export class ResultBanner extends HTMLElement {
  static PARAMS = ['transactionStatus', 'transactionReference'];

  connectedCallback(): void {
    const query = new URLSearchParams(window.location.search);
    const [status, reference] = ResultBanner.PARAMS.map((name) => query.get(name));
    this.textContent = status === 'SUCCESS' ? `Done (${reference})` : 'Failed';
  }
}

ResultBanner.PARAMS = (window as unknown as { bannerParams: string[] }).bannerParams;
customElements.define('result-banner', ResultBanner);
