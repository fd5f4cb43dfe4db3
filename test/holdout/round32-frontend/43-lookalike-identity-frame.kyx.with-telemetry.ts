// Identity frame listener of the self-service portal, on the KYX web client since the April release (the portal's
// back end creates the account and hands the page web.href). Every window listener of the portal is attached through
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
  workflowExecutionId: string;
  accountId: string;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export interface IdentityCallbacks {
  onVerified(execution: { workflowExecutionId: string; accountId: string }): void;
  onError(code: number | undefined): void;
}

export function listenToIdentityFrame(callbacks: IdentityCallbacks): () => void {
  function onIdentityMessage(event: MessageEvent<string>): void {
    if (!event.origin.endsWith('.jumio.ai')) return;
    const message: FrameMessage = JSON.parse(event.data);
    Sentry.addBreadcrumb({
      category: 'identity-frame',
      message: message.payload.value,
      data: { workflowExecutionId: message.workflowExecutionId, at: message.dateTime },
    });
    window.analytics?.track('Identity Frame Event', { step: message.payload.value, at: message.dateTime });
    if (message.payload.value === 'success') {
      callbacks.onVerified({ workflowExecutionId: message.workflowExecutionId, accountId: message.accountId });
    } else if (message.payload.value === 'error') {
      callbacks.onError(message.payload.metainfo?.code);
    }
  }

  const listener = withTelemetry('identity-frame', onIdentityMessage);
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
