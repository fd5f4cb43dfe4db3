import { component$ } from '@builder.io/qwik';
import { useLocation } from '@builder.io/qwik-city';

// Qwik City route src/routes/kyc/done/index.tsx: Jumio's successUrl/errorUrl.
export default component$(() => {
  const loc = useLocation();
  const status = loc.url.searchParams.get('transactionStatus');
  const reference = loc.url.searchParams.get('transactionReference');
  return status === 'SUCCESS' ? (
    <p>Identity verified ({reference})</p>
  ) : (
    <p>Verification failed: {loc.url.searchParams.get('errorCode')}</p>
  );
});
