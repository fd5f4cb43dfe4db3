// Pay-by-bank top-up (vanilla TypeScript, bundled with Vite). The top-up page calls startBankPayment() with the
// hosted authorisation URL our open-banking hub returned and gets the outcome back through its callbacks. The frame
// itself is in the page's markup (#bank-payment-frame, see top-up.html).

/** What the hub's hosted page posts to this page, as a JSON string. */
interface HubEvent {
  paymentToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'authorised' | 'rejected'; metainfo?: { code?: number } };
}

export interface BankPaymentOutcome {
  status: 'paid' | 'failed';
  reference: string;
  at: string;
  code: number | null;
}

export interface BankPaymentCallbacks {
  onReady(): void;
  onOutcome(outcome: BankPaymentOutcome): void;
}

/** One audit line per hub event; the audit endpoint only takes text/plain. */
const auditLine = ({ transactionReference, eventType, dateTime, payload }: HubEvent): string =>
  `${dateTime} ${eventType} ${payload.value} ${transactionReference || '-'}`;

/**
 * The outcome the top-up page needs. The hub leaves out `dateTime` or `metainfo` on some rejections, hence the
 * defaults: the page must always get a complete outcome.
 */
function toOutcome({
  transactionReference: reference = '',
  dateTime: at = new Date().toISOString(),
  payload: { value, metainfo: { code } = {} },
}: HubEvent): BankPaymentOutcome {
  return { status: value === 'authorised' ? 'paid' : 'failed', reference, at, code: code ?? null };
}

export function startBankPayment(authorisationUrl: string, callbacks: BankPaymentCallbacks): () => void {
  const frame = document.getElementById('bank-payment-frame') as HTMLIFrameElement;
  frame.allow = 'payment';
  frame.src = authorisationUrl;

  function onHubMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.openbanking-hub.example')) return;
    if (typeof event.data !== 'string') return;
    let message: HubEvent;
    try {
      message = JSON.parse(event.data);
    } catch {
      return;
    }
    navigator.sendBeacon('/api/audit/bank-payment', auditLine(message));
    if (message.payload.value === 'loaded') {
      callbacks.onReady();
      return;
    }
    // authorised and rejected both end the attempt: stop listening before the page navigates away.
    window.removeEventListener('message', onHubMessage);
    callbacks.onOutcome(toOutcome(message));
  }

  window.addEventListener('message', onHubMessage);
  return () => {
    window.removeEventListener('message', onHubMessage);
    frame.src = 'about:blank';
  };
}
