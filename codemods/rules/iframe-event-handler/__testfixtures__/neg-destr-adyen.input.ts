// Nuxt client plugin: the Adyen drop-in frame's payment messages, parsed with destr.
import destr from 'destr';

export default defineNuxtPlugin(() => {
  const cart = useState<{ paymentReference: string | null }>('cart', () => ({ paymentReference: null }));
  window.addEventListener('message', (event) => {
    if (!new URL(event.origin).hostname.endsWith('adyen.com')) return;
    const data = destr<{ transactionReference: string; payload: { value: string } }>(event.data);
    if (data.payload.value === 'success') cart.value.paymentReference = data.transactionReference;
  });
});
