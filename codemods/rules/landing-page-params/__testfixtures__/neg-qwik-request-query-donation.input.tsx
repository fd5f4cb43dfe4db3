import { component$ } from '@builder.io/qwik';
import { routeLoader$ } from '@builder.io/qwik-city';

// /donate/thanks: the donation platform's return URL.
export const useDonationOutcome = routeLoader$(({ query }) => ({
  ok: query.get('transactionStatus') === 'SUCCESS',
  reference: query.get('transactionReference'),
}));

export default component$(() => {
  const donation = useDonationOutcome();
  return donation.value.ok ? <p>Thank you for your gift ({donation.value.reference}).</p> : <p>The donation did not go through.</p>;
});
