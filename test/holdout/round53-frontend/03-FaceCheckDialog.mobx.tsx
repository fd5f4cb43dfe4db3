// Face check Kestrel asks for before a large withdrawal (MobX 6 + mobx-react-lite). One FaceCheckStore per dialog:
// it opens the Jumio web client, keeps the last event the client posted to this window and derives the dialog's
// state from it. The dialog below only renders what the store says.
import { useEffect } from 'react';
import { action, computed, makeObservable, observable } from 'mobx';
import { observer } from 'mobx-react-lite';

interface WebClientMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: {
    value: 'loaded' | 'success' | 'error';
    metainfo?: { code: number };
  };
}

export type FaceCheckPhase = 'closed' | 'loading' | 'capturing' | 'submitted' | 'failed';

export class FaceCheckStore {
  frameUrl: string | null = null;
  private lastMessage: WebClientMessage | null = null;

  constructor() {
    makeObservable<FaceCheckStore, 'lastMessage'>(this, {
      frameUrl: observable,
      lastMessage: observable.ref,
      phase: computed,
      reference: computed,
      errorCode: computed,
      open: action,
      close: action,
      receive: action.bound,
    });
  }

  get phase(): FaceCheckPhase {
    if (!this.frameUrl) return 'closed';
    switch (this.lastMessage?.payload.value) {
      case 'loaded':
        return 'capturing';
      case 'success':
        return 'submitted';
      case 'error':
        return 'failed';
      default:
        return 'loading';
    }
  }

  get reference(): string | null {
    return this.lastMessage?.transactionReference ?? null;
  }

  get errorCode(): number | null {
    return this.lastMessage?.payload.metainfo?.code ?? null;
  }

  open(frameUrl: string) {
    this.frameUrl = frameUrl;
    window.addEventListener('message', this.receive);
  }

  close() {
    window.removeEventListener('message', this.receive);
    this.frameUrl = null;
  }

  receive(event: MessageEvent<string>) {
    if (!event.origin.includes('.netverify.com')) return;
    let message: WebClientMessage;
    try {
      message = JSON.parse(event.data);
    } catch {
      return;
    }
    if (message.eventType !== 510) return;
    this.lastMessage = message;
  }
}

interface FaceCheckDialogProps {
  store: FaceCheckStore;
  frameUrl: string;
  onSubmitted: (reference: string) => void;
  onClose: () => void;
}

export const FaceCheckDialog = observer(function FaceCheckDialog({ store, frameUrl, onSubmitted, onClose }: FaceCheckDialogProps) {
  useEffect(() => {
    store.open(frameUrl);
    return () => store.close();
  }, [store, frameUrl]);

  const { phase, reference } = store;
  useEffect(() => {
    if (phase === 'submitted' && reference) onSubmitted(reference);
  }, [phase, reference, onSubmitted]);

  if (phase === 'failed') {
    return (
      <div role="alert" className="face-check face-check--failed">
        <p>The face check stopped (code {store.errorCode ?? 'unknown'}). Your withdrawal is on hold.</p>
        <button type="button" onClick={onClose}>Close</button>
      </div>
    );
  }

  return (
    <div className="face-check">
      {phase === 'loading' && <p className="face-check__hint">Loading the face check…</p>}
      <iframe title="Face check" className="face-check__frame" src={store.frameUrl ?? undefined} allow={'camera; fullscreen'} />
    </div>
  );
});
