// Preact signals: the frame's last event kept in a module signal and read by a computed signal.
import { computed, signal } from '@preact/signals';

type JumioEvent = { workflowExecutionId: string; payload: { value: string } };

const frameEvent = signal<JumioEvent | undefined>(undefined);
export const verifiedReference = computed(() => (frameEvent.value?.payload.value === 'success' ? frameEvent.value.workflowExecutionId : undefined));

export function listenToIdentityFrame(): () => void {
  const onMessage = (e: MessageEvent) => {
    // TODO(netverify-migrate): iframe-event-handler: origin check now expects acme.web.amer-1.jumio.ai: the legacy host does not tell the region; the vendor states only the amer-1 web-client host (emea-1/apac-1 follow the shape seen in third-party code, not stated by the vendor); otherwise use acme.web.emea-1.jumio.ai or acme.web.apac-1.jumio.ai, or compare with new URL(web.href).origin
    if (e.origin !== 'https://acme.web.amer-1.jumio.ai') return;
    frameEvent.value = JSON.parse(e.data);
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
