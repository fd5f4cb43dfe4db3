import { useEffect } from 'react';

export function KyxFrame({ href, onDone }: { href: string; onDone: (id: string) => void }) {
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (!event.origin.endsWith('.jumio.ai')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') onDone(data.workflowExecutionId);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onDone]);
  return <iframe src={href} allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowFullScreen />;
}
