// Identity step: the Netverify web client in an iFrame, events through @react-hookz/web.
import { useState } from 'react';
import { useEventListener } from '@react-hookz/web';

export function KycFrame({ frameUrl, onVerified }: { frameUrl: string; onVerified: (ref: string) => void }) {
  const [failed, setFailed] = useState(false);

  useEventListener(window, 'message', (event: MessageEvent) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') onVerified(data.transactionReference);
    if (data.payload.value === 'error') setFailed(true);
  });

  if (failed) return <p>Verification failed, please retry.</p>;
  return <iframe title="Identity check" src={frameUrl} allow="camera;fullscreen" allowFullScreen width="640" height="660" />;
}
