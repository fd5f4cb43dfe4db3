// The identity frame's messages as a hook; re-exported from the hooks barrel.
import { useEffect, useRef } from 'react';

export type KycResult = { status: 'success' | 'error'; reference: string; code?: number };

export function useKycMessages(onResult: (result: KycResult) => void): void {
  const latest = useRef(onResult);
  latest.current = onResult;

  useEffect(() => {
    function listener(event: MessageEvent) {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'loaded') return;
      latest.current({
        status: data.payload.value,
        reference: data.transactionReference,
        code: data.payload.metainfo?.code,
      });
    }
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, []);
}
