// The 3-D Secure challenge frame's messages in one place. CardChallenge attaches `cardChallengeEvents.handleMessage`
// to the window while the challenge is mounted and subscribes to the outcomes it emits; nothing else talks to the
// frame. The frame is Northbay Acquiring's access control server (see settings.cardChallenge).
import settings from './40-lookalike-checkout-settings';

/** What the ACS page posts to the checkout, as a JSON string, while the cardholder answers the bank's challenge. */
export interface CardChallengeMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: {
    value: 'loaded' | 'authenticated' | 'rejected';
    metainfo?: { code: number };
  };
}

export type ChallengeOutcome =
  | { kind: 'ready' }
  | { kind: 'authenticated'; reference: string }
  | { kind: 'rejected'; reference: string; code?: number };

type Listener = (outcome: ChallengeOutcome) => void;

const listeners = new Set<Listener>();

function notify(outcome: ChallengeOutcome): void {
  listeners.forEach((listener) => {
    try {
      listener(outcome);
    } catch (err) {
      console.error('[3ds] outcome listener failed', err);
    }
  });
}

export const cardChallengeEvents = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },

  handleMessage(event: MessageEvent<string>): void {
    if (event.origin !== settings.cardChallenge.acsOrigin) return;

    let message: CardChallengeMessage;
    try {
      message = JSON.parse(event.data) as CardChallengeMessage;
    } catch {
      return;
    }

    switch (message.payload.value) {
      case 'loaded':
        notify({ kind: 'ready' });
        break;
      case 'authenticated':
        notify({ kind: 'authenticated', reference: message.transactionReference });
        break;
      case 'rejected':
        notify({
          kind: 'rejected',
          reference: message.transactionReference,
          code: message.payload.metainfo?.code,
        });
        break;
    }
  },
};
