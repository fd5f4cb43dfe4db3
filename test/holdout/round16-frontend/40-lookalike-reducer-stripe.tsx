'use client';
// Card authentication (Stripe 3-D Secure) in a frame; its messages go straight to a reducer.
import { useEffect, useReducer } from 'react';

type PayState = { phase: 'idle' | 'authorised' | 'declined'; reference?: string };
type StripeFrameMessage = { type: 'payment_result'; transactionReference: string; payload: { value: 'success' | 'error' } };

function reducer(state: PayState, msg: StripeFrameMessage): PayState {
  return msg.payload.value === 'success' ? { phase: 'authorised', reference: msg.transactionReference } : { ...state, phase: 'declined' };
}

const CHALLENGE_FEATURES = ['payment', 'fullscreen'];

export function CardChallenge({ url }: { url: string }) {
  const [state, dispatch] = useReducer(reducer, { phase: 'idle' });
  useEffect(() => {
    const ctrl = new AbortController();
    window.addEventListener(
      'message',
      (event: MessageEvent<string>) => {
        if (event.origin !== 'https://js.stripe.com') return;
        dispatch(JSON.parse(event.data) as StripeFrameMessage);
      },
      { signal: ctrl.signal },
    );
    return () => ctrl.abort();
  }, []);
  if (state.phase === 'authorised') return <p>Payment authorised ({state.reference})</p>;
  return <iframe src={url} title="Card authentication" allow={CHALLENGE_FEATURES.join(';')} width="100%" height={600} />;
}
