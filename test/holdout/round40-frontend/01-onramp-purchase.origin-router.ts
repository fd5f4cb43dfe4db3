// Card purchase with an identity step-up, for the on-ramp widget (vanilla TypeScript, bundled with esbuild). Two
// hosted frames of the purchase page talk to it through ONE window listener: the identity check (Jumio's Netverify
// web client, required before a first purchase above the limit) and the 3-D Secure challenge of the card payment
// (Checkout.com's hosted 3DS page, which relays the challenge outcome). Both post JSON strings and both carry a
// reference under the same key: the identity check's, and Checkout.com's payment action id.
// The frames themselves are in the page's markup (#identity-frame, #challenge-frame; see purchase.html).

export interface PurchaseFlowCallbacks {
  identityReady(): void;
  identityVerified(reference: string): void;
  identityFailed(code: number | null): void;
  challengeCompleted(actionId: string, authorised: boolean): void;
}

const CHECKOUT_3DS_ORIGIN = 'https://3ds.checkout.com';
const MAX_TIMELINE = 50;

/** What support sees when a purchase gets stuck: one line per frame event, newest last. */
export const frameTimeline: string[] = [];

function remember(line: string): void {
  frameTimeline.push(line);
  if (frameTimeline.length > MAX_TIMELINE) frameTimeline.shift();
}

export function mountPurchaseFrames(identityUrl: string, challengeUrl: string, callbacks: PurchaseFlowCallbacks): () => void {
  const identityFrame = document.getElementById('identity-frame') as HTMLIFrameElement;
  const challengeFrame = document.getElementById('challenge-frame') as HTMLIFrameElement;
  identityFrame.allow = 'camera;fullscreen';
  identityFrame.src = identityUrl;
  challengeFrame.allow = 'payment';
  challengeFrame.src = challengeUrl;

  function onFrameMessage(event: MessageEvent): void {
    if (typeof event.data !== 'string') return;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let message: any;
    try {
      message = JSON.parse(event.data);
    } catch {
      return;
    }
    // Every frame's events go to the timeline, whichever frame sent them.
    remember(`${new Date().toISOString()} ${event.origin} ${message.payload?.value ?? '?'} ${message.transactionReference ?? '-'}`);

    const fromIdentity = event.origin.endsWith('.netverify.com');
    const fromChallenge = event.origin === CHECKOUT_3DS_ORIGIN;

    if (fromChallenge) {
      // Checkout.com's page posts { transactionReference: <action id>, payload: { value: 'authorised' | 'declined' } }.
      if (message.payload?.value === 'authorised' || message.payload?.value === 'declined') {
        callbacks.challengeCompleted(message.transactionReference, message.payload.value === 'authorised');
      }
      return;
    }
    if (!fromIdentity) return;

    switch (message.payload?.value) {
      case 'loaded':
        callbacks.identityReady();
        break;
      case 'success':
        callbacks.identityVerified(message.transactionReference);
        break;
      case 'error':
        callbacks.identityFailed(message.payload.metainfo?.code ?? null);
        break;
    }
  }

  window.addEventListener('message', onFrameMessage);
  return () => {
    window.removeEventListener('message', onFrameMessage);
    identityFrame.src = 'about:blank';
    challengeFrame.src = 'about:blank';
  };
}
