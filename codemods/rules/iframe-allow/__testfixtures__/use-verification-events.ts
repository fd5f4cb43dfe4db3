// Support module of the imported-hook-frame fixtures: a hook attaching a Jumio handler, and an unrelated constant.
import { useEffect } from 'react';

export const VERIFICATION_TITLE = 'Verify your identity';

export function useVerificationEvents(onDone: (ref: string) => void): void {
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (!e.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(e.data);
      if (data.payload.value === 'success') onDone(data.transactionReference);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onDone]);
}
