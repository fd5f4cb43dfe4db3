// React 19.2: the listener attached in the effect only forwards to an effect event, which reads the frame's fields.
import { useEffect, useEffectEvent } from 'react';

export function IdentityStep({ onDone }: { onDone: (reference: string) => void }) {
  const onFrameMessage = useEffectEvent((event: MessageEvent) => {
    // TODO(netverify-migrate): iframe-event-handler: origin check now expects acme.web.amer-1.jumio.ai: the legacy host does not tell the region; the vendor states only the amer-1 web-client host (emea-1/apac-1 follow the shape seen in third-party code, not stated by the vendor); otherwise use acme.web.emea-1.jumio.ai or acme.web.apac-1.jumio.ai, or compare with new URL(web.href).origin
    if (event.origin !== 'https://acme.web.amer-1.jumio.ai') return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') onDone(data.workflowExecutionId);
  });

  useEffect(() => {
    const listener = (event: MessageEvent) => onFrameMessage(event);
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, []);

  return null;
}
