import { useEffect, useState } from 'preact/hooks';

// Identity step: shows the web client's progress; the frame's events are read without an origin check.
export function IdentityStep({ onDone }: { onDone: (reference: string) => void }) {
  const [ready, setReady] = useState(false);
  const [failure, setFailure] = useState<number | null>(null);

  useEffect(() => {
    window.onmessage = (e: MessageEvent) => {
      let msg;
      try {
        msg = JSON.parse(e.data);
      } catch {
        return;
      }
      if (msg.payload.value === 'loaded') setReady(true);
      if (msg.payload.value === 'success') onDone(msg.transactionReference);
      if (msg.payload.value === 'error') setFailure(msg.payload.metainfo.code);
    };
    return () => {
      window.onmessage = null;
    };
  }, [onDone]);

  if (failure !== null) return <p>The identity check stopped (code {failure}).</p>;
  return <p>{ready ? 'Follow the steps in the window.' : 'Loading the identity check…'}</p>;
}
