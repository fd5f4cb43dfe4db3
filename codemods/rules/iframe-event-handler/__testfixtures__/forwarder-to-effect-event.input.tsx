// React 19.2: the listener attached in the effect only forwards to an effect event, which reads the frame's fields.
import { useEffect, useEffectEvent } from 'react';

export function IdentityStep({ onDone }: { onDone: (reference: string) => void }) {
  const onFrameMessage = useEffectEvent((event: MessageEvent) => {
    if (event.origin !== 'https://acme.netverify.com') return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') onDone(data.transactionReference);
  });

  useEffect(() => {
    const listener = (event: MessageEvent) => onFrameMessage(event);
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, []);

  return null;
}
