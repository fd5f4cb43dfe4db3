// Identity step: the Jumio KYX web client, events through @react-hookz/web (already migrated).
import { useEventListener } from '@react-hookz/web';

export function KycFrame({ webHref, onVerified }: { webHref: string; onVerified: (id: string) => void }) {
  useEventListener(window, 'message', (event: MessageEvent) => {
    if (!event.origin.endsWith('.jumio.ai')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') onVerified(data.workflowExecutionId);
  });
  return <iframe title="Identity check" src={webHref} allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowFullScreen />;
}
