import React, { useCallback, useState } from 'react';
import { useEvent } from 'react-use';

// Already on KYX: web.href in the frame, workflowExecutionId and accountId in the events.
export function KyxStep({ webHref, onVerified }: { webHref: string; onVerified: (id: string, account: string) => void }) {
  const [code, setCode] = useState<number>();
  const onMessage = useCallback(
    (event: MessageEvent) => {
      if (!event.origin.endsWith('.jumio.ai')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') onVerified(data.workflowExecutionId, data.accountId);
      if (data.payload.value === 'error' && data.payload.metainfo.code === 9836) setCode(9836);
    },
    [onVerified],
  );
  useEvent('message', onMessage, window);
  return (
    <>
      <iframe src={webHref} allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowFullScreen />
      {code === 9836 && <p>Authentication failed</p>}
    </>
  );
}
