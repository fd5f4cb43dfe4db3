import { useEffect } from 'react';

// Codes after which the Jumio client may be restarted with a fresh initiate.
const RESTARTABLE = new Set([9200, 9210, 9800, 9810, 9836]);

export function useJumioOutcome(handlers: {
  onSuccess(reference: string): void;
  onRestart(): void;
  onFailure(code: number): void;
}) {
  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (!event.origin.includes('netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') return handlers.onSuccess(data.transactionReference);
      if (data.payload.value !== 'error') return;
      const code: number = data.payload.metainfo.code;
      if (RESTARTABLE.has(code)) handlers.onRestart();
      else handlers.onFailure(code);
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [handlers]);
}
