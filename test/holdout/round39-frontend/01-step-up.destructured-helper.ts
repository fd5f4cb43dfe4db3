// Step-up identity check before a withdrawal to a new bank account (vanilla TypeScript, bundled with Vite). The
// withdrawal page calls startStepUp() with the Netverify URL the payments API returned and gets the outcome back
// through its callbacks. The frame itself is in the page's markup (#step-up-frame, see withdrawal.html).

/** What the web client posts to this page, as a JSON string. */
interface WebClientEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code?: number } };
}

export interface StepUpOutcome {
  status: 'verified' | 'failed';
  reference: string;
  at: string;
  code: number | null;
}

export interface StepUpCallbacks {
  onReady(): void;
  onOutcome(outcome: StepUpOutcome): void;
}

/** One audit line per frame event; the audit endpoint only takes text/plain. */
const auditLine = ({ transactionReference, eventType, dateTime, payload }: WebClientEvent): string =>
  `${dateTime} ${eventType} ${payload.value} ${transactionReference || '-'}`;

/**
 * The outcome the withdrawal page needs. Some web-client builds leave out `dateTime` or `metainfo` on the error
 * event, hence the defaults: the page must always get a complete outcome.
 */
function toOutcome({
  transactionReference: reference = '',
  dateTime: at = new Date().toISOString(),
  payload: { value, metainfo: { code } = {} },
}: WebClientEvent): StepUpOutcome {
  return { status: value === 'success' ? 'verified' : 'failed', reference, at, code: code ?? null };
}

export function startStepUp(frameUrl: string, callbacks: StepUpCallbacks): () => void {
  const frame = document.getElementById('step-up-frame') as HTMLIFrameElement;
  frame.allow = 'camera;fullscreen';
  frame.src = frameUrl;

  function onWebClientMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.netverify.com')) return;
    if (typeof event.data !== 'string') return;
    let message: WebClientEvent;
    try {
      message = JSON.parse(event.data);
    } catch {
      return;
    }
    navigator.sendBeacon('/api/audit/step-up', auditLine(message));
    if (message.payload.value === 'loaded') {
      callbacks.onReady();
      return;
    }
    // success and error both end the attempt: stop listening before the page navigates away.
    window.removeEventListener('message', onWebClientMessage);
    callbacks.onOutcome(toOutcome(message));
  }

  window.addEventListener('message', onWebClientMessage);
  return () => {
    window.removeEventListener('message', onWebClientMessage);
    frame.src = 'about:blank';
  };
}
