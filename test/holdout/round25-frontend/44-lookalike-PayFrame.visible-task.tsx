import { component$, useSignal, useVisibleTask$ } from '@builder.io/qwik';

export const PayFrame = component$((props: { url: string }) => {
  const reference = useSignal('');

  useVisibleTask$(({ cleanup }) => {
    const onMessage = (event: MessageEvent) => {
      const { hostname } = new URL(event.origin);
      if (!hostname.endsWith('.paypal.com')) return;
      const message = JSON.parse(event.data);
      if (message.payload.value === 'approved') reference.value = message.transactionReference;
    };
    window.addEventListener('message', onMessage);
    cleanup(() => window.removeEventListener('message', onMessage));
  });

  return (
    <section>
      <iframe src={props.url} title="PayPal checkout" allow="payment" />
      {reference.value && <p>Payment reference {reference.value}</p>}
    </section>
  );
});
