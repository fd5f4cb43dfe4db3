import { component$ } from '@builder.io/qwik';
import { routeLoader$, type RequestHandler } from '@builder.io/qwik-city';

// /kyc/done: the identity check's success/error URL (a loader, and an onGet handler reading the request event).
export const onGet: RequestHandler = async (ev) => {
  if (ev.query.get('transactionStatus') === 'ERROR') ev.sharedMap.set('kycRef', ev.query.get('transactionReference'));
};

export const useKycOutcome = routeLoader$(({ query }) => ({
  ok: query.get('transactionStatus') === 'SUCCESS',
  reference: query.get('transactionReference'),
  errorCode: query.get('errorCode'),
}));

export default component$(() => {
  const outcome = useKycOutcome();
  return outcome.value.ok ? <p>Identity verified ({outcome.value.reference}).</p> : <p>Verification failed ({outcome.value.errorCode}).</p>;
});
