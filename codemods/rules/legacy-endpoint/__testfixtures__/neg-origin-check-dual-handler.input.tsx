// A listener written for both web clients while a flag picks one: the legacy origin check is deliberate until the
// switch is over (no item: it would come back on every run while the switch lasts).
import { useEffect } from 'react';

export function useFrameEvents(onDone: (reference: string) => void): void {
  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (event.origin.endsWith('.jumio.ai')) {
        onDone(JSON.parse(event.data).workflowExecutionId);
      } else if (event.origin.endsWith('.netverify.com')) {
        onDone(JSON.parse(event.data).transactionReference);
      }
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onDone]);
}
