import { component$ } from '@builder.io/qwik';
import { routeLoader$ } from '@builder.io/qwik-city';

// /kyc/done: the identity check's success/error URL.
export const useKycOutcome = routeLoader$(({ query }) => ({
  ok: query.get('transactionStatus') === 'SUCCESS',
  reference: query.get('transactionReference'),
  errorCode: query.get('errorCode'),
}));

export default component$(() => {
  const outcome = useKycOutcome();
  return outcome.value.ok ? (
    <p>Identity verified (reference {outcome.value.reference}).</p>
  ) : (
    <p>Verification failed ({outcome.value.errorCode}).</p>
  );
});
