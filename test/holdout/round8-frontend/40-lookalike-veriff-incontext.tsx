import { useEffect } from 'react';
import { createVeriffFrame, MESSAGES } from '@veriff/incontext-sdk';

// Veriff InContext: the identity check runs in Veriff's own frame.
export function VeriffStep({ sessionUrl, onDone }: { sessionUrl: string; onDone(ref: string | null): void }) {
  useEffect(() => {
    const frame = createVeriffFrame({
      url: sessionUrl,
      onEvent(msg) {
        if (msg === MESSAGES.FINISHED) onDone(sessionStorage.getItem('veriffSession'));
        if (msg === MESSAGES.CANCELED) onDone(null);
      },
    });
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== 'https://magic.veriff.me') return;
      const data = JSON.parse(event.data);
      if (data.payload?.value === 'success') sessionStorage.setItem('veriffSession', data.transactionReference);
    };
    window.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('message', onMessage);
      frame.close();
    };
  }, [sessionUrl, onDone]);
  return <div id="veriff-root" />;
}
