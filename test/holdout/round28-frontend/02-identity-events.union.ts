// Identity check events of the member area (TypeScript, no framework). The web client's messages are typed as a
// discriminated union on `payload.value`; the posted string is parsed by a small local helper that never throws.
interface FrameEventBase {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
}

interface FrameLoaded extends FrameEventBase {
  payload: { value: 'loaded' };
}

interface FrameSuccess extends FrameEventBase {
  payload: { value: 'success' };
}

interface FrameError extends FrameEventBase {
  payload: { value: 'error'; metainfo: { code: number } };
}

type JumioFrameEvent = FrameLoaded | FrameSuccess | FrameError;

const FRAME_ORIGINS: readonly string[] = ['https://acme.lon.netverify.com'];

function isJumioOrigin(origin: string): boolean {
  return FRAME_ORIGINS.includes(origin);
}

function safeParse<T>(raw: unknown): T | null {
  if (typeof raw !== 'string') return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export interface IdentityCallbacks {
  ready(): void;
  verified(reference: string): void;
  failed(reference: string, code: number): void;
}

export function listenForIdentityEvents(callbacks: IdentityCallbacks): () => void {
  function onFrameMessage(event: MessageEvent): void {
    if (!isJumioOrigin(event.origin)) return;
    const msg = safeParse<JumioFrameEvent>(event.data);
    if (!msg) return;
    const { payload } = msg;
    switch (payload.value) {
      case 'loaded':
        callbacks.ready();
        break;
      case 'success':
        callbacks.verified(msg.transactionReference);
        break;
      case 'error':
        callbacks.failed(msg.transactionReference, payload.metainfo.code);
        break;
    }
  }

  window.addEventListener('message', onFrameMessage);
  return () => window.removeEventListener('message', onFrameMessage);
}
