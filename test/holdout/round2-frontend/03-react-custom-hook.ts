import { useEffect, useRef } from 'react';

export type JumioOutcome = 'success' | 'error';

/**
 * Listens to the Netverify web client's postMessage logging.
 * The client only posts from our white-label domain.
 */
export function useNetverifyEvents(onOutcome: (outcome: JumioOutcome, reference: string) => void) {
  const cb = useRef(onOutcome);
  cb.current = onOutcome;

  useEffect(() => {
    const listener = (event: MessageEvent) => {
      if (new URL(event.origin).hostname !== 'mybank.netverify.com') return;
      if (typeof event.data !== 'string') return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success' || data.payload.value === 'error') {
        cb.current(data.payload.value, data.transactionReference);
      }
    };
    window.addEventListener('message', listener, false);
    return () => {
      window.removeEventListener('message', listener, false);
    };
  }, []);
}
