/** @jsxImportSource preact */
import { signal, effect } from '@preact/signals';

// Already on the KYX web client.
export const kycWorkflowId = signal<string | null>(null);
export const kycError = signal<string | null>(null);

effect(() => {
  const onKyx = (ev: MessageEvent) => {
    if (!ev.origin.endsWith('.jumio.ai')) return;
    const msg = JSON.parse(ev.data);
    if (msg.payload.value === 'success') kycWorkflowId.value = msg.workflowExecutionId;
    if (msg.payload.value === 'error' && msg.payload.metainfo?.code === 9836) kycError.value = 'authentication failed';
  };
  window.addEventListener('message', onKyx);
  return () => window.removeEventListener('message', onKyx);
});

export function KycFrame({ url }: { url: string }) {
  return <iframe src={url} allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowFullScreen />;
}
