import { onCleanup, onMount } from 'solid-js';

export function KyxFrame(props: { href: string; onDone: (r: { accountId: string; workflowExecutionId: string }) => void }) {
  const onMessage = (e: MessageEvent) => {
    if (!new URL(e.origin).hostname.endsWith('.jumio.ai')) return;
    const data = JSON.parse(e.data);
    if (data.eventType === 510 && data.payload.value === 'success') {
      props.onDone({ accountId: data.accountId, workflowExecutionId: data.workflowExecutionId });
    }
  };
  onMount(() => window.addEventListener('message', onMessage));
  onCleanup(() => window.removeEventListener('message', onMessage));

  return (
    <iframe
      src={props.href}
      allow="camera;fullscreen;accelerometer;gyroscope;magnetometer"
      allowfullscreen
    />
  );
}
