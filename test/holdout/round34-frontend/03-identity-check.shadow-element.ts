// <identity-check src="…">: the identity step as a framework-free custom element, used by the Rails pages and by the
// Angular portal alike. Its frame lives in the element's shadow root, cloned from the <template id="identity-check-
// template"> every layout renders (app/views/shared/_identity_check_template.html.erb). The element gives that frame
// the Netverify web client's permissions, listens to the client's postMessage events while it is connected (one
// AbortController per connection) and re-dispatches them as composed DOM events for whatever page hosts it.
const template = document.getElementById('identity-check-template') as HTMLTemplateElement;

export interface IdentityCheckDetail {
  reference: string;
  code?: number;
  retryLater?: boolean;
}

export class IdentityCheckElement extends HTMLElement {
  static observedAttributes = ['src'];

  #listening: AbortController | null = null;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).append(template.content.cloneNode(true));
  }

  connectedCallback(): void {
    const frame = this.shadowRoot!.querySelector('iframe')!;
    frame.setAttribute('allow', 'camera;fullscreen');
    frame.src = this.getAttribute('src') ?? 'about:blank';
    this.#listening = new AbortController();
    window.addEventListener('message', this.#onMessage, { signal: this.#listening.signal });
  }

  disconnectedCallback(): void {
    this.#listening?.abort();
    this.#listening = null;
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (name !== 'src' || value === previous || !this.isConnected) return;
    this.shadowRoot!.querySelector('iframe')!.src = value ?? 'about:blank';
  }

  #onMessage = (event: MessageEvent<string>): void => {
    const { hostname } = new URL(event.origin);
    if (!hostname.endsWith('.netverify.com')) return;
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    switch (data.payload.value) {
      case 'loaded':
        this.toggleAttribute('loaded', true);
        break;
      case 'success':
        this.#emit('identity-verified', { reference: data.transactionReference });
        break;
      case 'error': {
        const code: number | undefined = data.payload.metainfo?.code;
        this.#emit('identity-failed', { reference: data.transactionReference, code, retryLater: code === 9836 });
        break;
      }
      default:
        break;
    }
  };

  #emit(type: string, detail: IdentityCheckDetail): void {
    this.dispatchEvent(new CustomEvent<IdentityCheckDetail>(type, { detail, bubbles: true, composed: true }));
  }
}

customElements.define('identity-check', IdentityCheckElement);
