import { useEffect, useRef } from 'react';

export interface JumioFrameEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export interface JumioOutcome {
  status: 'success' | 'error';
  reference: string;
  errorCode?: number;
}

/** Listens to the Jumio web client's iframe events and reports the outcome once. */
export function useJumioMessages(onOutcome: (outcome: JumioOutcome) => void): void {
  const latest = useRef(onOutcome);
  latest.current = onOutcome;

  useEffect(() => {
    function handleMessage(event: MessageEvent) {
      let host: string;
      try {
        host = new URL(event.origin).hostname;
      } catch {
        return;
      }
      if (!host.endsWith('.netverify.com')) return;
      if (typeof event.data !== 'string') return;
      const data = JSON.parse(event.data) as JumioFrameEvent;
      if (data.payload.value === 'loaded') return;
      latest.current({
        status: data.payload.value,
        reference: data.transactionReference,
        errorCode: data.payload.metainfo?.code,
      });
    }
    window.addEventListener('message', handleMessage);
    return () => window.removeEventListener('message', handleMessage);
  }, []);
}
