// Hosted card form events of the checkout (TypeScript, no framework). The card form's messages are typed as a
// discriminated union on `payload.value`; the posted string is parsed by a small local helper that never throws.
interface CardEventBase {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
}

interface CardFormLoaded extends CardEventBase {
  payload: { value: 'loaded' };
}

interface CardFormSuccess extends CardEventBase {
  payload: { value: 'success' };
}

interface CardFormError extends CardEventBase {
  payload: { value: 'error'; metainfo: { code: number } };
}

type CardFormEvent = CardFormLoaded | CardFormSuccess | CardFormError;

const CARD_FORM_ORIGINS: readonly string[] = ['https://pay.cardvault.example'];

function isCardFormOrigin(origin: string): boolean {
  return CARD_FORM_ORIGINS.includes(origin);
}

function safeParse<T>(raw: unknown): T | null {
  if (typeof raw !== 'string') return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export interface CardFormCallbacks {
  ready(): void;
  paid(reference: string): void;
  declined(reference: string, code: number): void;
}

export function listenForCardFormEvents(callbacks: CardFormCallbacks): () => void {
  function onFrameMessage(event: MessageEvent): void {
    if (!isCardFormOrigin(event.origin)) return;
    const msg = safeParse<CardFormEvent>(event.data);
    if (!msg) return;
    const { payload } = msg;
    switch (payload.value) {
      case 'loaded':
        callbacks.ready();
        break;
      case 'success':
        callbacks.paid(msg.transactionReference);
        break;
      case 'error':
        callbacks.declined(msg.transactionReference, payload.metainfo.code);
        break;
    }
  }

  window.addEventListener('message', onFrameMessage);
  return () => window.removeEventListener('message', onFrameMessage);
}
