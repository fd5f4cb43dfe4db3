// Card fields of the "top up your balance" flow. Mounts Northbay Acquiring's hosted card form (card number,
// expiry, CVC and, when the issuer asks for it, the 3-D Secure challenge) into the page, shows our own copy for
// its decline codes and reports them to Sentry (project web-app, team payments).
import * as Sentry from '@sentry/browser';

interface CardFieldsMessage {
  transactionReference: string;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export interface CardFieldsOptions {
  onAuthorised(reference: string): void;
  onExpired(): void;
}

// Copy shown under the card form for Northbay's decline codes. Reviewed by the payments team in March; change it
// only together with the help-centre article "Why was my card declined?".
const DECLINE_COPY = new Map<number, string>([
  [9100, 'Our card processor is having trouble. Please try again in a few minutes.'],
  [9200, 'The payment form has timed out. We are loading a new one.'],
  [9210, 'The payment form has timed out. We are loading a new one.'],
  [9300, 'Your bank declined the payment. Please use another card.'],
  [9800, 'You seem to be offline. Check your connection and try again.'],
  [9820, 'This card cannot be used for top-ups. Please use a debit card.'],
  [9821, 'The card details do not match. Check the expiry date and CVC.'],
  [9836, 'Your bank did not answer the 3-D Secure check in time. Please try again.'],
]);
const FALLBACK_COPY = 'The payment did not go through. Nothing was charged.';

export class CardFields {
  private readonly frame: HTMLIFrameElement;
  private readonly status: HTMLParagraphElement;

  constructor(private readonly host: HTMLElement, private readonly options: CardFieldsOptions) {
    this.frame = document.createElement('iframe');
    this.frame.setAttribute('allow', 'payment');
    this.frame.title = 'Card details';
    this.frame.className = 'card-fields';
    this.status = document.createElement('p');
    this.status.setAttribute('role', 'status');
    this.host.append(this.frame, this.status);
  }

  open(sessionUrl: string): void {
    this.status.textContent = '';
    this.frame.src = sessionUrl;
    window.addEventListener('message', this.onMessage);
  }

  close(): void {
    window.removeEventListener('message', this.onMessage);
    this.frame.src = 'about:blank';
  }

  private readonly onMessage = (event: MessageEvent<string>): void => {
    const { hostname } = new URL(event.origin);
    if (hostname !== 'fields.northbay-acquiring.com') return;
    const data = JSON.parse(event.data) as CardFieldsMessage;

    if (data.payload.value === 'success') {
      this.close();
      this.options.onAuthorised(data.transactionReference);
      return;
    }
    if (data.payload.value !== 'error') return;

    const code = data.payload.metainfo?.code ?? 9400;
    if (code === 9200 || code === 9210) {
      this.close();
      this.options.onExpired();
      return;
    }
    this.status.textContent = DECLINE_COPY.get(code) ?? FALLBACK_COPY;
    if (code === 9820) this.status.append(' ', this.debitCardLink());

    // A 3-D Secure timeout is the issuer's, not ours: keep it out of the alerting budget.
    Sentry.captureMessage(`card fields decline ${code}`, {
      level: code === 9836 ? 'info' : 'error',
      tags: { 'acquirer.decline_code': String(code) },
      extra: { reference: data.transactionReference },
    });
  };

  private debitCardLink(): HTMLAnchorElement {
    const link = document.createElement('a');
    link.href = '/help/which-cards';
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = 'Which cards can I use?';
    return link;
  }
}
