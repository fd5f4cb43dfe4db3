import { A, useSearchParams } from '@solidjs/router';
import { createResource, Match, Switch } from 'solid-js';

type IdentityReturnQuery = {
  transactionStatus?: string;
  transactionReference?: string;
  errorCode?: string;
};

async function fetchIdentityOutcome(reference: string) {
  const res = await fetch(`/api/identity/outcome/${encodeURIComponent(reference)}`);
  if (!res.ok) throw new Error(`identity outcome: HTTP ${res.status}`);
  return (await res.json()) as { verified: boolean };
}

// src/routes/identity/done.tsx: where the identity check sends the browser back.
export default function IdentityDone() {
  const [params] = useSearchParams<IdentityReturnQuery>();
  const [outcome] = createResource(() => params.transactionReference, fetchIdentityOutcome);

  return (
    <Switch fallback={<p>Checking your identity…</p>}>
      <Match when={params.transactionStatus === 'ERROR'}>
        <p>
          Identity check failed{params.errorCode ? ` (code ${params.errorCode})` : ''}. <A href="/identity">Try again</A>
        </p>
      </Match>
      <Match when={outcome()?.verified}>
        <p>Identity verified. Reference {params.transactionReference}</p>
      </Match>
    </Switch>
  );
}
