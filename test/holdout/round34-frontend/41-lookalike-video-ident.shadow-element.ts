// <video-ident src="…">: the video identification step (IDnow) as a framework-free custom element, used by the Rails
// pages and by the Angular portal alike. Its frame lives in the element's shadow root, cloned from the <template
// id="video-ident-template"> every layout renders (app/views/shared/_video_ident_template.html.erb). The element gives
// that frame the permissions of a video call, listens to the provider's postMessage events while it is connected (one
// AbortController per connection) and re-dispatches them as composed DOM events for whatever page hosts it.
const template = document.getElementById('video-ident-template') as HTMLTemplateElement;

export interface VideoIdentDetail {
  identId: string;
  reason?: string;
  retryLater?: boolean;
}

export class VideoIdentElement extends HTMLElement {
  static observedAttributes = ['src'];

  #listening: AbortController | null = null;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).append(template.content.cloneNode(true));
  }

  connectedCallback(): void {
    const frame = this.shadowRoot!.querySelector('iframe')!;
    frame.setAttribute('allow', 'camera;microphone;fullscreen');
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
    if (!hostname.endsWith('.idnow.de')) return;
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    switch (data.status) {
      case 'CONNECTED':
        this.toggleAttribute('connected', true);
        break;
      case 'SUCCESSFUL':
        this.#emit('video-ident-done', { identId: data.identId });
        break;
      case 'ABORTED': {
        const reason: string | undefined = data.reason;
        this.#emit('video-ident-aborted', { identId: data.identId, reason, retryLater: reason === 'AGENT_UNAVAILABLE' });
        break;
      }
      default:
        break;
    }
  };

  #emit(type: string, detail: VideoIdentDetail): void {
    this.dispatchEvent(new CustomEvent<VideoIdentDetail>(type, { detail, bubbles: true, composed: true }));
  }
}

customElements.define('video-ident', VideoIdentElement);
