import { useEffect, useRef } from 'react';

export interface JumioEventHandlers {
  onLoaded?: () => void;
  onSuccess?: (transactionReference: string) => void;
  onError?: (code?: number) => void;
}

/** Subscribes to the Jumio Netverify web client's postMessage events for the lifetime of the component. */
export function useJumioEvents(handlers: JumioEventHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;

  useEffect(() => {
    const listener = (event: MessageEvent) => {
      if (typeof event.data !== 'string') return;
      let data: any;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      if (!data.transactionReference || data.eventType !== 510) return;
      if (data.payload.value === 'loaded') ref.current.onLoaded?.();
      if (data.payload.value === 'success') ref.current.onSuccess?.(data.transactionReference);
      if (data.payload.value === 'error') ref.current.onError?.(data.payload.metainfo?.code);
    };
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, []);
}
