// The SPA's router. The app is deployed to a static bucket that cannot rewrite paths, so it runs on hash history:
// the identity check's success and error URLs are both https://app.example.com/#/identity/done, and the web client
// appends its outcome after the fragment's path, which Vue Router parses into the route's query.
import { createRouter, createWebHashHistory, type RouteLocationNormalized } from 'vue-router';
import { useSessionStore } from '@/stores/session';
import { useIdentityStore } from '@/stores/identity';
import { track } from '@/lib/telemetry';

/** Shared guard: every identity route needs a signed-in member. */
function requireSession(to: RouteLocationNormalized) {
  const session = useSessionStore();
  if (!session.signedIn) return { name: 'sign-in', query: { next: to.fullPath } };
  return true;
}

/**
 * The return route's own guard: it records the outcome before the page renders and sends a failed check back to the
 * start (a bookmark of the return page, which carries no outcome, goes back there too).
 */
function recordIdentityOutcome(to: RouteLocationNormalized) {
  const identity = useIdentityStore();
  const { transactionStatus: status, transactionReference: reference, errorCode } = to.query;

  if (status !== 'SUCCESS' || typeof reference !== 'string') {
    track('identity_return_failed', { code: String(errorCode ?? 'none') });
    if (Number(errorCode) === 9836) return { name: 'identity-locked' };
    return { name: 'identity', query: { retry: '1' } };
  }

  identity.markSubmitted(reference);
  track('identity_return_ok', { reference });
  return true;
}

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'home', component: () => import('@/views/HomeView.vue') },
    { path: '/sign-in', name: 'sign-in', component: () => import('@/views/SignInView.vue') },
    {
      path: '/identity',
      beforeEnter: requireSession,
      children: [
        { path: '', name: 'identity', component: () => import('@/views/IdentityStep.vue') },
        {
          path: 'done',
          name: 'identity-done',
          component: () => import('@/views/IdentityDone.vue'),
          beforeEnter: [recordIdentityOutcome],
        },
        { path: 'pending', name: 'identity-pending', component: () => import('@/views/IdentityPending.vue') },
        { path: 'locked', name: 'identity-locked', component: () => import('@/views/IdentityLocked.vue') },
      ],
    },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFound.vue') },
  ],
});

router.afterEach((to) => {
  document.title = to.name === 'identity-done' ? 'Identity check received' : 'Acme';
});
