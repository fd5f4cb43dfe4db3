// The identity step's frame messages in one place. IdentityCheck attaches `identityFrameEvents.handleMessage` to the
// window while the step is mounted and subscribes to the outcomes it emits; nothing else talks to the frame.
// The frame is our white-label Netverify web client (see settings.identity).
import settings from './01-app-settings';

/** What the web client posts to the page, as a JSON string, while the member goes through the check. */
export interface IdentityFrameMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: {
    value: 'loaded' | 'success' | 'error';
    metainfo?: { code: number };
  };
}

export type IdentityOutcome =
  | { kind: 'ready' }
  | { kind: 'verified'; reference: string }
  | { kind: 'failed'; reference: string; code?: number };

type Listener = (outcome: IdentityOutcome) => void;

const listeners = new Set<Listener>();

function notify(outcome: IdentityOutcome): void {
  listeners.forEach((listener) => {
    try {
      listener(outcome);
    } catch (err) {
      console.error('[identity] outcome listener failed', err);
    }
  });
}

export const identityFrameEvents = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },

  handleMessage(event: MessageEvent<string>): void {
    if (event.origin !== settings.identity.frameOrigin) return;

    let message: IdentityFrameMessage;
    try {
      message = JSON.parse(event.data) as IdentityFrameMessage;
    } catch {
      return;
    }

    switch (message.payload.value) {
      case 'loaded':
        notify({ kind: 'ready' });
        break;
      case 'success':
        notify({ kind: 'verified', reference: message.transactionReference });
        break;
      case 'error':
        notify({
          kind: 'failed',
          reference: message.transactionReference,
          code: message.payload.metainfo?.code,
        });
        break;
    }
  },
};
