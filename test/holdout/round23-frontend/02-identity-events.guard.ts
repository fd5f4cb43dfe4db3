// Typed bridge between the identity frame (Jumio's web client) and the sign-in flow.
export interface JumioFrameEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export interface IdentityCallbacks {
  onReady(): void;
  onVerified(reference: string): void;
  onFailed(code: number | undefined, locked: boolean): void;
}

export function isJumioFrameEvent(value: unknown): value is JumioFrameEvent {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as JumioFrameEvent;
  return typeof candidate.transactionReference === 'string' && typeof candidate.eventType === 'number';
}

function handleStateChange(event: JumioFrameEvent, callbacks: IdentityCallbacks): void {
  switch (event.payload.value) {
    case 'loaded':
      callbacks.onReady();
      break;
    case 'success':
      callbacks.onVerified(event.transactionReference);
      break;
    case 'error': {
      const code = event.payload.metainfo?.code;
      callbacks.onFailed(code, code === 9836);
      break;
    }
  }
}

export function connectIdentityFrame(callbacks: IdentityCallbacks): () => void {
  const listener = ({ origin, data }: MessageEvent<string>): void => {
    if (!origin.endsWith('.netverify.com')) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      return;
    }
    if (!isJumioFrameEvent(parsed)) return;
    switch (parsed.eventType) {
      case 510:
        handleStateChange(parsed, callbacks);
        break;
      default:
        console.debug('identity frame: ignored event type', parsed.eventType);
    }
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
