import { component$, useOnWindow, useOnDocument, useSignal, $ } from '@builder.io/qwik';

export const IdentityFrame = component$(() => {
  const ref = useSignal('');
  useOnWindow('message', $((ev: MessageEvent) => {
    if (!ev.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(ev.data);
    ref.value = data.transactionReference;
  }));
  // The document never hears the frame's postMessage.
  useOnDocument('message', $((ev: MessageEvent) => {
    const data = JSON.parse(ev.data);
    if (data.eventType === 510 && data.payload.value === 'success') ref.value = data.transactionReference;
  }));
  return <p>{ref.value}</p>;
});
