'use client';
// app/(shop)/pay/card-challenge.tsx — Next.js 15 App Router. The server action asks the card issuer for a 3-D Secure
// challenge and hands back its URL; the issuer's challenge page reports the outcome with postMessage.
import { useActionState, useEffect, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { confirmCardPayment, startCardChallenge, type ChallengeState } from './actions';

type ChallengeEvent = {
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code?: number } };
};

export function CardChallengeFrame({ basketId }: { basketId: string }) {
  const router = useRouter();
  const [state, start, starting] = useActionState<ChallengeState, FormData>(startCardChallenge, { challengeUrl: null, error: null });
  const [, startTransition] = useTransition();

  useEffect(() => {
    function onChallengeMessage(event: MessageEvent<string>) {
      if (!event.origin.endsWith('.acs.cardissuer.example')) return;
      let data: ChallengeEvent;
      try {
        data = JSON.parse(event.data) as ChallengeEvent;
      } catch {
        return;
      }
      if (data.payload.value === 'success') {
        startTransition(async () => {
          await confirmCardPayment(basketId, data.transactionReference);
          router.replace('/pay/complete');
        });
      } else if (data.payload.value === 'error') {
        router.replace(`/pay/declined?code=${data.payload.metainfo?.code ?? ''}`);
      }
    }
    addEventListener('message', onChallengeMessage);
    return () => removeEventListener('message', onChallengeMessage);
  }, [basketId, router]);

  if (!state.challengeUrl) {
    return (
      <form action={start}>
        <input type="hidden" name="basketId" value={basketId} />
        <button type="submit" disabled={starting}>
          Pay by card
        </button>
        {state.error && <p role="alert">{state.error}</p>}
      </form>
    );
  }
  return <iframe src={state.challengeUrl} title="Card check" allow="payment" className="h-[520px] w-full rounded-lg" />;
}
