// Nuxt 3 client plugin: relays the Adyen drop-in frame's payment messages to the cart store.
import { destr } from 'destr';

interface DropInEvent {
  transactionReference: string;
  payload: { value: string };
}

export default defineNuxtPlugin(() => {
  const cart = useState<{ paymentReference: string | null }>('cart', () => ({ paymentReference: null }));

  window.addEventListener('message', (event) => {
    if (!new URL(event.origin).hostname.endsWith('adyen.com')) return;
    const data = destr<DropInEvent>(event.data);
    if (data.payload.value === 'success') cart.value.paymentReference = data.transactionReference;
  });
});
