// Exposed by the `payments` remote of the Pelham Pensions member portal (Module Federation, webpack 5):
//   exposes: { './cardPayment': './src/card-payment.remote.ts' }
// Any host — the member portal (React), the adviser desk (Angular) — mounts it into an element of its own:
//   const { mount } = await import('payments/cardPayment');
//   const handle = mount(el, { frameUrl, paymentPageOrigin, onPaid, onDeclined });
//   … handle.update(newFrameUrl) … handle.unmount();
// The acquirer's hosted card page (card details and the 3-D Secure challenge) is rendered with lit-html, so the
// remote ships no framework. The page's origin comes from the host's runtime config (per environment).
import { html, nothing, render } from 'lit-html';

export interface CardPaymentOptions {
  frameUrl: string;
  paymentPageOrigin: string;
  onPaid(reference: string, amount: number): void;
  onDeclined(decline: { reason: string | null; canRetry: boolean }): void;
}

export interface CardPaymentHandle {
  update(frameUrl: string): void;
  unmount(): void;
}

type CardPageEvent = {
  transactionReference: string;
  amount: number;
  currency: string;
  dateTime: string;
  payload: { value: 'ready' | 'authorised' | 'declined'; reason?: string };
};

const LOADING = 'Loading the secure card form…';

function view(frameUrl: string, status: string | null) {
  return html`
    <section class="pelham-card-payment">
      ${status ? html`<p class="pelham-card-payment__status" role="status">${status}</p>` : nothing}
      <iframe class="pelham-card-payment__frame" src=${frameUrl} title="Card payment" allow="payment"></iframe>
    </section>
  `;
}

export function mount(el: HTMLElement, options: CardPaymentOptions): CardPaymentHandle {
  let frameUrl = options.frameUrl;
  let status: string | null = LOADING;
  const paint = () => render(view(frameUrl, status), el);

  const onMessage = (event: MessageEvent) => {
    if (event.origin !== options.paymentPageOrigin || typeof event.data !== 'string') return;
    const data = JSON.parse(event.data) as CardPageEvent;
    if (data.currency !== 'GBP') return;
    switch (data.payload.value) {
      case 'ready':
        status = null;
        paint();
        break;
      case 'authorised':
        status = 'Thanks, your contribution is on its way.';
        paint();
        options.onPaid(data.transactionReference, data.amount);
        break;
      case 'declined': {
        const reason = data.payload.reason ?? null;
        // A failed 3-D Secure challenge may be retried; a decline by the card issuer may not.
        options.onDeclined({ reason, canRetry: reason === 'challenge_failed' });
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
