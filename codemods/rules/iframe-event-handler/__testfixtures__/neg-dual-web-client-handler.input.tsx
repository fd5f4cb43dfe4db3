// Written for both web clients while the back end switches to KYX: the id is read under both names and both
// origins are accepted. Renaming would give `data.workflowExecutionId ?? data.workflowExecutionId`: left as is.
import { useEffect } from 'react';

export function KycFrame({ url, onDone }: { url: string; onDone: (id: string) => void }) {
  useEffect(() => {
    const handler = (event: MessageEvent) => {
      if (!event.origin.endsWith('.netverify.com') && !event.origin.endsWith('.jumio.ai')) return;
      const data = JSON.parse(event.data);
      const id = data.workflowExecutionId ?? data.transactionReference;
      if (data.payload.value === 'success') onDone(id);
    };
    window.addEventListener('message', handler);
    return () => window.removeEventListener('message', handler);
  }, [onDone]);
  return <iframe src={url} allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowFullScreen />;
}
