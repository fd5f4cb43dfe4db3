// Identity frame listener of the self-service portal. Every window listener of the portal is attached through
// withTelemetry(): it times the listener (a performance measure the RUM agent picks up), reports what it throws to
// Sentry under the listener's name, and keeps one throwing listener from hiding the others' events.
import * as Sentry from '@sentry/browser';

declare global {
  interface Window {
    analytics?: { track(event: string, properties?: Record<string, unknown>): void };
  }
}

type Listener<E extends Event> = (event: E) => void;

function withTelemetry<E extends Event>(name: string, listener: Listener<E>): Listener<E> {
  return (event: E) => {
    const started = performance.now();
    try {
      listener(event);
    } catch (err) {
      Sentry.captureException(err, { tags: { listener: name } });
    } finally {
      performance.measure(`listener:${name}`, { start: started });
    }
  };
}

interface FrameMessage {
  transactionReference: string;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export interface IdentityCallbacks {
  onVerified(reference: string): void;
  onError(code: number | undefined): void;
}

export function listenToIdentityFrame(callbacks: IdentityCallbacks): () => void {
  function onIdentityMessage(event: MessageEvent<string>): void {
    if (!event.origin.endsWith('.netverify.com')) return;
    const message: FrameMessage = JSON.parse(event.data);
    Sentry.addBreadcrumb({
      category: 'identity-frame',
      message: message.payload.value,
      data: { reference: message.transactionReference, at: message.dateTime },
    });
    window.analytics?.track('Identity Frame Event', { step: message.payload.value, at: message.dateTime });
    if (message.payload.value === 'success') {
      callbacks.onVerified(message.transactionReference);
    } else if (message.payload.value === 'error') {
      callbacks.onError(message.payload.metainfo?.code);
    }
  }

  const listener = withTelemetry('identity-frame', onIdentityMessage);
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
