// The event stamped on arrival (`{ ...parsed, receivedAt }`) is read on the copy: the copy's reads and the type
// are renamed; writing the copy away whole is where it leaves.
import { useEffect } from 'react';

type FrameMessage = { transactionReference: string; payload: { value: string; metainfo?: { code?: number } } };

export function useIdentityFrame(onVerified: (reference: string) => void) {
  useEffect(() => {
    function onMessage(event: MessageEvent<string>) {
      if (!event.origin.endsWith('.netverify.com')) return;
      const parsed: FrameMessage = JSON.parse(event.data);
      const entry = { ...parsed, receivedAt: Date.now(), 'source': 'web-client' };
      if (entry.payload.value === 'success') onVerified(entry.transactionReference);
      console.info('identity event', entry.receivedAt, entry.source); // the copy's own keys: no "Jumio never sends" item
      sessionStorage.setItem('identity:last', JSON.stringify(entry));
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onVerified]);
}
