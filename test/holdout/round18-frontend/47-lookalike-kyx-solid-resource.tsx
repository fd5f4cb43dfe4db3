import { A, useSearchParams } from '@solidjs/router';
import { createResource, Match, Switch } from 'solid-js';

type IdentityReturnQuery = {
  acquisitionStatus?: string;
  workflowExecutionId?: string;
  accountId?: string;
  errorCode?: string;
};

async function fetchIdentityOutcome(workflowExecutionId: string) {
  const res = await fetch(`/api/identity/outcome/${encodeURIComponent(workflowExecutionId)}`);
  if (!res.ok) throw new Error(`identity outcome: HTTP ${res.status}`);
  return (await res.json()) as { verified: boolean };
}

// src/routes/identity/done.tsx, already on the KYX redirect parameters.
export default function IdentityDone() {
  const [params] = useSearchParams<IdentityReturnQuery>();
  const [outcome] = createResource(() => params.workflowExecutionId, fetchIdentityOutcome);

  return (
    <Switch fallback={<p>Checking your identity…</p>}>
      <Match when={params.acquisitionStatus === 'ERROR'}>
        <p>
          Identity check failed{params.errorCode ? ` (code ${params.errorCode})` : ''}. <A href="/identity">Try again</A>
        </p>
      </Match>
      <Match when={outcome()?.verified}>
        <p>Identity verified. Reference {params.workflowExecutionId}</p>
      </Match>
    </Switch>
  );
}
