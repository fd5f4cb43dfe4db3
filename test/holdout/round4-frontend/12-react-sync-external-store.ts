import { useSyncExternalStore } from 'react';

const JUMIO_ORIGIN = 'https://acme.netverify.com';

export interface VerificationSnapshot {
  status: 'idle' | 'loaded' | 'success' | 'error';
  reference?: string;
  errorCode?: number;
}

let snapshot: VerificationSnapshot = { status: 'idle' };

function subscribe(onStoreChange: () => void): () => void {
  const handler = (event: MessageEvent) => {
    if (event.origin !== JUMIO_ORIGIN) return;
    const data = JSON.parse(event.data);
    snapshot = {
      status: data.payload.value,
      reference: data.transactionReference,
      errorCode: data.payload.metainfo?.code,
    };
    onStoreChange();
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}

const getSnapshot = () => snapshot;

export function useJumioVerification(): VerificationSnapshot {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
