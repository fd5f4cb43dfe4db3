/** @jsxImportSource preact */
import { useCallback, useEffect, useState } from 'preact/hooks';

type Phase = 'loading' | 'capturing' | 'done' | 'failed';

type Props = { frameUrl: string; onDone: (reference: string | null) => void };

export function IdentityStep({ frameUrl, onDone }: Props) {
  const [phase, setPhase] = useState<Phase>('loading');
  const [startedAt, setStartedAt] = useState<string | null>(null);

  const onMessage = useCallback(
    (event: MessageEvent) => {
      if (typeof event.data !== 'string') return;
      let data;
      try {
        data = JSON.parse(event.data);
      } catch (err) {
        return;
      }
      if (data.eventType !== 510) return;
      if (data.payload.value === 'loaded') {
        setPhase('capturing');
        setStartedAt(data.dateTime);
      } else if (data.payload.value === 'success') {
        setPhase('done');
        onDone(data.transactionReference);
      } else if (data.payload.value === 'error') {
        setPhase('failed');
        console.warn('identity step failed', data.payload.metainfo && data.payload.metainfo.code, data.transactionReference);
        onDone(null);
      }
    },
    [onDone],
  );

  useEffect(() => {
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onMessage]);

  return (
    <section class={`identity-step identity-step--${phase}`}>
      {startedAt && <small class="identity-step__started">Started at {new Date(startedAt).toLocaleTimeString()}</small>}
      <iframe title="Identity verification" src={frameUrl} width="100%" height={660} allow="camera; fullscreen" />
      {phase === 'failed' && <p role="alert">We could not verify your identity. Please try again.</p>}
    </section>
  );
}
