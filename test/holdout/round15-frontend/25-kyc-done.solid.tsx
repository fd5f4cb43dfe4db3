// SolidStart route src/routes/kyc/done.tsx: the identity check redirects here with its result.
import { useLocation, A } from '@solidjs/router';
import { Show } from 'solid-js';

export default function KycDone() {
  const location = useLocation();
  const ok = () => location.query.transactionStatus === 'SUCCESS';
  return (
    <Show when={ok()} fallback={<p>Verification failed. <A href="/kyc">Retry</A></p>}>
      <p>Identity verified (reference {location.query.transactionReference}).</p>
    </Show>
  );
}
