// A listener handed over through a call that passes the event on: a rate limiter, a memo hook returning one, a local
// factory's returned function. The wrapped function is proven like any handler: a payment one stays as it is.
import { useEffect, useMemo } from 'react';
import debounce from 'lodash/debounce';
import { useDebouncedCallback } from 'use-debounce';

export function KycPane({ onDone }: { onDone: (ref: string) => void }) {
  const onMessage = useMemo(() => debounce((e: MessageEvent) => {
    if (!/^https:\/\/[\w-]+\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai$/.test(e.origin)) return;
    const msg = JSON.parse(e.data);
    if (msg.payload.value === 'success') onDone(msg.workflowExecutionId);
  }, 100), [onDone]);
  useEffect(() => {
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onMessage]);
  return null;
}

export function KycPaneHook({ onDone }: { onDone: (ref: string) => void }) {
  const onMessage = useDebouncedCallback((e: MessageEvent) => {
    const msg = JSON.parse(e.data);
    if (msg.eventType === 510 && msg.payload.value === 'success') onDone(msg.workflowExecutionId);
  }, 50);
  useEffect(() => {
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onMessage]);
  return null;
}

const makeIdentityListener = (done: (ref: string) => void) => {
  function listener(e: MessageEvent) {
    if (!e.origin.endsWith('.jumio.ai')) return;
    const msg = JSON.parse(e.data);
    done(msg.workflowExecutionId);
  }
  return listener;
};
window.addEventListener('message', makeIdentityListener((ref) => console.log(ref)));

function makeCheckoutListener(done: (ref: string) => void) {
  return (e: MessageEvent) => {
    if (e.origin !== 'https://js.stripe.com') return;
    const msg = JSON.parse(e.data);
    if (msg.payload.value === 'success') done(msg.transactionReference);
  };
}
window.addEventListener('message', makeCheckoutListener((ref) => console.log(ref)));
