import { useEffect, useRef } from 'react';

export interface PlaidFrameEvent {
  transactionReference: string;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

/** Plaid identity verification: relays the Link frame's outcome. */
export function usePlaidMessages(onOutcome: (status: string, reference: string) => void): void {
  const latest = useRef(onOutcome);
  latest.current = onOutcome;

  useEffect(() => {
    function handleMessage(event: MessageEvent) {
      if (event.origin !== 'https://cdn.plaid.com') return;
      if (typeof event.data !== 'string') return;
      const data = JSON.parse(event.data) as PlaidFrameEvent;
      if (data.payload.value === 'loaded') return;
      latest.current(data.payload.value, data.transactionReference);
    }
    window.addEventListener('message', handleMessage);
    return () => window.removeEventListener('message', handleMessage);
  }, []);
}
