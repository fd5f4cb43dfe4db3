// Handlers given to a local helper or hook that attaches its parameter: directly, or through a ref that keeps the
// latest one. Each function passed at a call is judged on its own (the card widget's stays).
import { useEffect, useRef } from 'react';

function onWindowMessage(handler: (e: MessageEvent) => void): () => void {
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}

function useLatestMessage(handler: (e: MessageEvent) => void) {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const off = onWindowMessage((e) => latest.current(e));
    return off;
  }, []);
}

export const stop = onWindowMessage((e) => {
  if (!e.origin.endsWith('.jumio.ai')) return;
  const data = JSON.parse(e.data);
  sessionStorage.setItem('kycRef', data.workflowExecutionId);
});

export function IdentityStep({ onDone }: { onDone: (ref: string) => void }) {
  useLatestMessage((event) => {
    const data = JSON.parse(event.data);
    if (data.eventType === 510 && data.payload.value === 'success') onDone(data.workflowExecutionId);
  });
  return null;
}

export function CardStep({ onPaid }: { onPaid: (ref: string) => void }) {
  useLatestMessage((event) => {
    if (event.origin !== 'https://js.cardissuer.example') return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') onPaid(data.transactionReference);
  });
  return null;
}
