// src/routes/identity/face-check/done.tsx (SolidStart 1.1) — the identity face check's success and error URL.
// The route preloads the member's check on hover/intent, so the page usually renders with the answer already cached.
import { A, createAsync, query, useSearchParams, type RouteDefinition } from '@solidjs/router';
import { Title } from '@solidjs/meta';
import { Match, Suspense, Switch } from 'solid-js';
import { getIdentityCheck } from '~/server/identity';
import type { IdentityReturnQuery } from '~/lib/identity/return-query';

const identityCheck = query(async (reference: string) => {
  'use server';
  return getIdentityCheck(reference);
}, 'identity-check');

export const route = {
  preload: ({ location }) => {
    const reference = location.query.transactionReference;
    if (typeof reference === 'string' && reference) void identityCheck(reference);
  },
} satisfies RouteDefinition;

export default function FaceCheckDone() {
  const [params] = useSearchParams<IdentityReturnQuery>();
  const returnedOk = () => params.transactionStatus === 'SUCCESS';
  const check = createAsync(async () =>
    returnedOk() && params.transactionReference ? identityCheck(params.transactionReference) : undefined,
  );

  return (
    <main class="identity-done">
      <Title>{returnedOk() ? 'Identity verified – Tidewater Mutual' : 'Identity check – Tidewater Mutual'}</Title>
      <Suspense fallback={<p class="muted">Checking your result…</p>}>
        <Switch
          fallback={
            <>
              <h1>The identity check did not finish</h1>
              <p>{params.errorCode ? `Error ${params.errorCode}. ` : ''}Please start it again from your profile.</p>
              <A class="button" href="/identity/face-check">
                Start again
              </A>
            </>
          }
        >
          <Match when={returnedOk() && check()?.state === 'passed'}>
            <h1>Identity verified</h1>
            <p>You can now change your address and phone number online.</p>
            <A href="/profile">Back to your profile</A>
          </Match>
          <Match when={returnedOk()}>
            <h1>Thanks, we are reviewing your photos</h1>
            <p>Reference {params.transactionReference}. We will email you within one working day.</p>
          </Match>
        </Switch>
      </Suspense>
    </main>
  );
}
