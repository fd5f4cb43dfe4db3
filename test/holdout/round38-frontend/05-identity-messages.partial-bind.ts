// Listens to the identity web client embedded by the server-rendered verification page (vanilla TypeScript, bundled
// with esbuild). The page's inline bootstrap calls listenForIdentityOutcome() with its callbacks and keeps the
// returned function to stop listening when the member leaves the step.
export interface IdentityCallbacks {
  onStep: (step: 'loaded' | 'success' | 'error') => void;
  onVerified: (reference: string, at: string) => void;
  onFailed: (reference: string | null, code: number | null) => void;
}

interface WebClientMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code?: number } };
}

// The callbacks come first so that the page can pre-apply them with bind(); the browser supplies the event.
function onWebClientMessage(callbacks: IdentityCallbacks, event: MessageEvent): void {
  if (!event.origin.endsWith('.netverify.com')) return;
  if (typeof event.data !== 'string') return;
  let message: WebClientMessage;
  try {
    message = JSON.parse(event.data);
  } catch {
    return;
  }
  if (message.eventType !== 510) return;
  callbacks.onStep(message.payload.value);
  if (message.payload.value === 'success') {
    callbacks.onVerified(message.transactionReference, message.dateTime);
  } else if (message.payload.value === 'error') {
    callbacks.onFailed(message.transactionReference ?? null, message.payload.metainfo?.code ?? null);
  }
}

export function listenForIdentityOutcome(callbacks: IdentityCallbacks): () => void {
  const listener = onWebClientMessage.bind(null, callbacks);
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
