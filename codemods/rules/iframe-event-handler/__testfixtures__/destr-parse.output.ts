// Nuxt client plugin: destr() parses like JSON.parse (and returns other frames' non-JSON strings as they are).
import { destr } from 'destr';

interface FrameEvent {
  workflowExecutionId: string;
  payload: { value: string; metainfo?: { code: number } };
}

export default defineNuxtPlugin(() => {
  const kyc = useState<{ reference: string | null }>('kyc', () => ({ reference: null }));
  window.addEventListener('message', (event) => {
    if (!new URL(event.origin).hostname.endsWith('jumio.ai')) return;
    const data = destr<FrameEvent>(event.data);
    if (data.payload.value === 'success') kyc.value.reference = data.workflowExecutionId;
  });
});
