import { $, component$, useSignal } from '@builder.io/qwik';

// Qwik attaches an element's `window:onMessage$` to the window while the element is rendered.
export const IdentityFrame = component$(() => {
  const ref = useSignal('');
  const onFrameMessage = $((ev: MessageEvent) => {
    if (!ev.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(ev.data);
    if (data.payload.value === 'success') ref.value = data.transactionReference;
  });
  return (
    <section window:onMessage$={onFrameMessage}>
      <p window:onMessage$={$((ev: MessageEvent) => {
        if (ev.origin !== 'https://acme.netverify.com') return;
        console.info('frame event', JSON.parse(ev.data).transactionReference);
      })}>{ref.value}</p>
      {/* The document never hears the frame's postMessage. */}
      <div document:onMessage$={$((ev: MessageEvent) => {
        const data = JSON.parse(ev.data);
        if (data.eventType === 510) ref.value = data.transactionReference;
      })} />
    </section>
  );
});
