import { useEffect } from 'react';
import type { NetverifyEvent } from './10-netverify-events';

export interface Handlers {
  onSuccess(reference: string): void;
  onError(code: number, reference: string): void;
}

export function useNetverifyEvents({ onSuccess, onError }: Handlers): void {
  useEffect(() => {
    function listener(event: MessageEvent<string>) {
      if (!event.origin.endsWith('netverify.com')) return;
      const evt = JSON.parse(event.data) as NetverifyEvent;
      switch (evt.payload.value) {
        case 'success':
          onSuccess(evt.transactionReference);
          break;
        case 'error':
          onError(evt.payload.metainfo.code, evt.transactionReference);
          break;
        default:
          break;
      }
    }
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, [onSuccess, onError]);
}
