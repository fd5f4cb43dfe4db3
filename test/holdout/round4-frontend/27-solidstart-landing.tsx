// src/routes/identity/done.tsx — SolidStart; Jumio's successUrl and errorUrl both point here.
import { useSearchParams, A } from '@solidjs/router';
import { Show } from 'solid-js';

export default function IdentityDone() {
  const [searchParams] = useSearchParams<{ transactionStatus?: string; transactionReference?: string; errorCode?: string }>();
  const ok = () => searchParams.transactionStatus === 'SUCCESS';

  return (
    <main>
      <Show
        when={ok()}
        fallback={
          <p>
            Verification failed ({searchParams.errorCode ?? 'unknown'}). <A href="/identity">Try again</A>
          </p>
        }
      >
        <p>Thank you — reference {searchParams.transactionReference}</p>
      </Show>
    </main>
  );
}
