// Face re-check in a popup tab (vanilla TypeScript, bundled with Vite). The card app's checkout already runs inside a
// partner's iframe, so the Netverify web client cannot be framed there: the re-check opens face-check.html in a popup,
// and the tab that opened it learns the outcome over a BroadcastChannel. Both halves live in this module so the
// message format stays in one place: relayWebClientEvents() runs in the popup, awaitFaceRecheck() in the opener.
// The popup re-posts every web-client event as it arrived, stamped with the time it saw it, so the opener can tell
// support how long the member spent in the popup.

/** What the web client posts to the page that frames it (as a JSON string). */
interface WebClientEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export interface FaceRecheckOutcome {
  reference: string;
  passed: boolean;
  code: number | null;
  secondsInPopup: number;
}

const CHANNEL = 'identity';

const STATUS_TEXT: Record<WebClientEvent['payload']['value'], string> = {
  loaded: 'Hold your phone at eye level and follow the instructions.',
  success: 'Thanks, this window closes by itself.',
  error: 'The face check stopped. This window closes by itself; you can try again from the checkout.',
};

/** Popup side (face-check.html): shows the status and hands every web-client event to the opener. */
export function relayWebClientEvents(status: HTMLElement): () => void {
  const channel = new BroadcastChannel(CHANNEL);

  function onWebClientMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.netverify.com')) return;
    if (typeof event.data !== 'string') return;
    const data = JSON.parse(event.data) as WebClientEvent;
    status.textContent = STATUS_TEXT[data.payload.value];
    status.dataset.reference = data.transactionReference;
    channel.postMessage({ ...data, relayedAt: Date.now() });
    if (data.payload.value !== 'loaded') window.setTimeout(() => window.close(), 1500);
  }

  window.addEventListener('message', onWebClientMessage);
  return () => {
    window.removeEventListener('message', onWebClientMessage);
    channel.close();
  };
}

/** Opener side: opens the popup and resolves once the face check there has finished (null: the member gave up). */
export function awaitFaceRecheck(popupUrl: string, timeoutMs = 10 * 60 * 1000): Promise<FaceRecheckOutcome | null> {
  const channel = new BroadcastChannel(CHANNEL);
  const openedAt = Date.now();
  const popup = window.open(popupUrl, 'face-recheck', 'popup,width=520,height=760');

  return new Promise((resolve) => {
    const finish = (outcome: FaceRecheckOutcome | null): void => {
      window.clearTimeout(timer);
      window.clearInterval(closedPoll);
      channel.close();
      resolve(outcome);
    };
    const timer = window.setTimeout(() => finish(null), timeoutMs);
    // The member may close the popup without finishing; the final event always arrives before the popup closes itself.
    const closedPoll = window.setInterval(() => {
      if (!popup || popup.closed) finish(null);
    }, 1000);

    channel.onmessage = (event: MessageEvent) => {
      const relayed = event.data;
      if (relayed.payload.value === 'loaded') return;
      finish({
        reference: relayed.transactionReference,
        passed: relayed.payload.value === 'success',
        code: relayed.payload.metainfo?.code ?? null,
        secondsInPopup: Math.round((relayed.relayedAt - openedAt) / 1000),
      });
    };
  });
}
