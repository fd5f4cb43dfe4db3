// Nuxt 3 client plugin: relays the Netverify identity frame's events to the app. destr parses like JSON.parse but
// never throws on the other frames' non-JSON messages.
import { destr } from 'destr';

interface FrameEvent {
  transactionReference: string;
  payload: { value: string; metainfo?: { code: number } };
}

export default defineNuxtPlugin(() => {
  const kyc = useState<{ reference: string | null; error: number | null }>('kyc', () => ({ reference: null, error: null }));

  window.addEventListener('message', (event) => {
    if (!new URL(event.origin).hostname.endsWith('netverify.com')) return;
    const data = destr<FrameEvent>(event.data);
    if (data.payload.value === 'success') kyc.value.reference = data.transactionReference;
    if (data.payload.value === 'error') kyc.value.error = data.payload.metainfo?.code ?? null;
  });
});
