// The event stamped on arrival (`{ ...parsed, receivedAt }`) is read on the copy: the copy's reads and the type
// are renamed; writing the copy away whole is where it leaves.
import { useEffect } from 'react';

type FrameMessage = { workflowExecutionId: string; payload: { value: string; metainfo?: { code?: number } } };

export function useIdentityFrame(onVerified: (reference: string) => void) {
  useEffect(() => {
    function onMessage(event: MessageEvent<string>) {
      if (!event.origin.endsWith('.jumio.ai')) return;
      const parsed: FrameMessage = JSON.parse(event.data);
      const entry = { ...parsed, receivedAt: Date.now(), 'source': 'web-client' };
      if (entry.payload.value === 'success') onVerified(entry.workflowExecutionId);
      console.info('identity event', entry.receivedAt, entry.source); // the copy's own keys: no "Jumio never sends" item
      // TODO(netverify-migrate): iframe-event-handler: the parsed Jumio event is passed on to JSON.stringify: code that reads its transactionReference must read workflowExecutionId (and accountId is new)
      sessionStorage.setItem('identity:last', JSON.stringify(entry));
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onVerified]);
}
