// Checkout.com 3-D Secure result, validated with ArkType.
import { type } from 'arktype';

const ChallengeResult = type({
  transactionReference: 'string',
  status: "'AUTHORISED' | 'DECLINED'",
  payload: { value: "'success' | 'error'" },
});

export function listenForChallenge(onResult: (ok: boolean, reference: string) => void): () => void {
  const onMessage = (event: MessageEvent<string>) => {
    if (event.origin !== 'https://3ds.checkout.com') return;
    const out = ChallengeResult(JSON.parse(event.data));
    if (out instanceof type.errors) return;
    onResult(out.status === 'AUTHORISED', out.transactionReference);
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
