'use client';
// React 19 identity step: the frame's events drive a reducer; the allow list is kept as an array.
import { useEffect, useReducer } from 'react';

type FrameEvent = {
  transactionReference: string;
  eventType: number;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
};

type Step =
  | { phase: 'loading' }
  | { phase: 'ready' }
  | { phase: 'done'; reference: string }
  | { phase: 'failed'; code?: number };

type Action = { type: 'ready' } | { type: 'done'; reference: string } | { type: 'failed'; code?: number };

function reducer(_state: Step, action: Action): Step {
  switch (action.type) {
    case 'ready':
      return { phase: 'ready' };
    case 'done':
      return { phase: 'done', reference: action.reference };
    case 'failed':
      return { phase: 'failed', code: action.code };
  }
}

const FRAME_FEATURES = ['camera', 'fullscreen'];

export function IdentityStep({ href }: { href: string }) {
  const [step, dispatch] = useReducer(reducer, { phase: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    window.addEventListener(
      'message',
      (event: MessageEvent<string>) => {
        if (!event.origin.endsWith('.netverify.com')) return;
        const data = JSON.parse(event.data) as FrameEvent;
        switch (data.payload.value) {
          case 'loaded':
            dispatch({ type: 'ready' });
            break;
          case 'success':
            dispatch({ type: 'done', reference: data.transactionReference });
            break;
          case 'error':
            dispatch({ type: 'failed', code: data.payload.metainfo?.code });
            break;
        }
      },
      { signal: controller.signal },
    );
    return () => controller.abort();
  }, []);

  if (step.phase === 'done') return <p>Verified — reference {step.reference}</p>;
  return (
    <>
      {step.phase === 'failed' && <p role="alert">Verification failed ({step.code ?? 'unknown'})</p>}
      <iframe src={href} title="Identity verification" allow={FRAME_FEATURES.join(';')} allowFullScreen width="100%" height={660} />
    </>
  );
}
