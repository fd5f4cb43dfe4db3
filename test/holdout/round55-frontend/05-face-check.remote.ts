// Exposed by the `identity` remote of the Pelham Pensions member portal (Module Federation, webpack 5):
//   exposes: { './faceCheck': './src/face-check.remote.ts' }
// Any host — the member portal (React), the adviser desk (Angular) — mounts it into an element of its own:
//   const { mount } = await import('identity/faceCheck');
//   const handle = mount(el, { frameUrl, webClientOrigin, onVerified, onFailed });
//   … handle.update(newFrameUrl) … handle.unmount();
// The frame is rendered with lit-html, so the remote ships no framework. mount() starts listening to the Netverify
// web client's events, unmount() stops. The client's origin comes from the host's runtime config (per environment).
import { html, nothing, render } from 'lit-html';

export interface FaceCheckOptions {
  frameUrl: string;
  webClientOrigin: string;
  onVerified(reference: string): void;
  onFailed(failure: { code: number | null; tooManyAttempts: boolean }): void;
}

export interface FaceCheckHandle {
  update(frameUrl: string): void;
  unmount(): void;
}

type WebClientEvent = {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
};

const LOADING = 'Loading the face check…';

function view(frameUrl: string, status: string | null) {
  return html`
    <section class="pelham-face-check">
      ${status ? html`<p class="pelham-face-check__status" role="status">${status}</p>` : nothing}
      <iframe class="pelham-face-check__frame" src=${frameUrl} title="Face check" allow="camera; fullscreen"></iframe>
    </section>
  `;
}

export function mount(el: HTMLElement, options: FaceCheckOptions): FaceCheckHandle {
  let frameUrl = options.frameUrl;
  let status: string | null = LOADING;
  const paint = () => render(view(frameUrl, status), el);

  const onMessage = (event: MessageEvent) => {
    if (event.origin !== options.webClientOrigin || typeof event.data !== 'string') return;
    const data = JSON.parse(event.data) as WebClientEvent;
    if (data.eventType !== 510) return;
    switch (data.payload.value) {
      case 'loaded':
        status = null;
        paint();
        break;
      case 'success':
        status = 'Thanks, we are checking your photo.';
        paint();
        options.onVerified(data.transactionReference);
        break;
      case 'error': {
        const code = data.payload.metainfo?.code ?? null;
        // 9836: no usable photo in three tries. The host offers a call back instead of another go.
        options.onFailed({ code, tooManyAttempts: code === 9836 });
        break;
      }
    }
  };

  paint();
  window.addEventListener('message', onMessage);

  return {
    update(next) {
      frameUrl = next;
      status = LOADING;
      paint();
    },
    unmount() {
      window.removeEventListener('message', onMessage);
      render(nothing, el);
    },
  };
}
