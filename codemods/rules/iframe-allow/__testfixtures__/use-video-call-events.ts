// Support module of neg-imported-hook-other-vendor-origins: a hook whose events look like the web client's (a
// reference, an event type, payload.value) but whose origin check is another vendor's imported list.
import { useEffect } from 'react';
import * as env from './video-call-origins';

export function useVideoCallEvents(onDone: (ref: string) => void): void {
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (!env.VIDEO_CALL_ORIGINS.includes(e.origin)) return;
      const data = JSON.parse(e.data);
      if (data.eventType === 510 && data.payload.value === 'success') onDone(data.transactionReference);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onDone]);
}
