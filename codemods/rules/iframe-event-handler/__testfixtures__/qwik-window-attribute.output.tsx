import { $, component$, useSignal } from '@builder.io/qwik';

// Qwik attaches an element's `window:onMessage$` to the window while the element is rendered.
export const IdentityFrame = component$(() => {
  const ref = useSignal('');
  const onFrameMessage = $((ev: MessageEvent) => {
    if (!ev.origin.endsWith('.jumio.ai')) return;
    const data = JSON.parse(ev.data);
    if (data.payload.value === 'success') ref.value = data.workflowExecutionId;
  });
  return (
    <section window:onMessage$={onFrameMessage}>
      <p window:onMessage$={$((ev: MessageEvent) => {
        // TODO(netverify-migrate): iframe-event-handler: origin check now expects acme.web.amer-1.jumio.ai: the legacy host does not tell the region; the vendor states only the amer-1 web-client host (emea-1/apac-1 follow the shape seen in third-party code, not stated by the vendor); otherwise use acme.web.emea-1.jumio.ai or acme.web.apac-1.jumio.ai, or compare with new URL(web.href).origin
        if (ev.origin !== 'https://acme.web.amer-1.jumio.ai') return;
        console.info('frame event', JSON.parse(ev.data).workflowExecutionId);
      })}>{ref.value}</p>
      {/* The document never hears the frame's postMessage. */}
      <div document:onMessage$={$((ev: MessageEvent) => {
        const data = JSON.parse(ev.data);
        if (data.eventType === 510) ref.value = data.transactionReference;
      })} />
    </section>
  );
});
