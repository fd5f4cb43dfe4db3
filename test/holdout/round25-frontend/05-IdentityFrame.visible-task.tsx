import { component$, useSignal, useVisibleTask$ } from '@builder.io/qwik';

export const IdentityFrame = component$((props: { url: string }) => {
  const reference = useSignal('');

  useVisibleTask$(({ cleanup }) => {
    const onMessage = (event: MessageEvent) => {
      const { hostname } = new URL(event.origin);
      if (!hostname.endsWith('.netverify.com')) return;
      const message = JSON.parse(event.data);
      if (message.payload.value === 'success') reference.value = message.transactionReference;
    };
    window.addEventListener('message', onMessage);
    cleanup(() => window.removeEventListener('message', onMessage));
  });

  return (
    <section>
      <iframe src={props.url} title="Identity check" allow="camera; fullscreen" />
      {reference.value && <p>Reference {reference.value}</p>}
    </section>
  );
});
