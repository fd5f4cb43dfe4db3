// Qwik City page src/routes/kyc/done/index.tsx: the identity check's success/error URL.
import { component$ } from '@builder.io/qwik';
import { useLocation } from '@builder.io/qwik-city';

export default component$(() => {
  const loc = useLocation();
  const status = loc.url.searchParams.get('transactionStatus');
  const reference = loc.url.searchParams.get('transactionReference');
  return status === 'SUCCESS'
    ? <p>Verified, reference {reference}</p>
    : <p>Verification failed ({loc.url.searchParams.get('errorCode')})</p>;
});
