// The shop's router. The storefront is deployed to a static bucket that cannot rewrite paths, so it runs on hash
// history: the card processor's return URL is https://shop.example.com/#/checkout/return, and the processor appends
// the payment's outcome after the fragment's path, which Vue Router parses into the route's query.
import { createRouter, createWebHashHistory, type RouteLocationNormalized } from 'vue-router';
import { useSessionStore } from '@/stores/session';
import { useCartStore } from '@/stores/cart';
import { track } from '@/lib/telemetry';

/** Shared guard: every checkout route needs a signed-in customer. */
function requireSession(to: RouteLocationNormalized) {
  const session = useSessionStore();
  if (!session.signedIn) return { name: 'sign-in', query: { next: to.fullPath } };
  return true;
}

/**
 * The return route's own guard: it records the card payment before the page renders and sends a refused card back to
 * the payment step (a bookmark of the return page, which carries no outcome, goes back there too).
 */
function recordCardPayment(to: RouteLocationNormalized) {
  const cart = useCartStore();
  const { status, transactionId, transactionReference: merchantReference } = to.query;

  if (status !== 'AUTHORISED' || typeof transactionId !== 'string') {
    track('checkout_return_refused', { status: String(status ?? 'none') });
    if (status === 'PENDING') return { name: 'checkout-pending' };
    return { name: 'checkout-payment', query: { retry: '1' } };
  }

  cart.markPaid(transactionId, String(merchantReference ?? ''));
  track('checkout_return_paid', { transactionId });
  return true;
}

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'home', component: () => import('@/views/HomeView.vue') },
    { path: '/sign-in', name: 'sign-in', component: () => import('@/views/SignInView.vue') },
    {
      path: '/checkout',
      beforeEnter: requireSession,
      children: [
        { path: 'payment', name: 'checkout-payment', component: () => import('@/views/CheckoutPayment.vue') },
        {
          path: 'return',
          name: 'checkout-return',
          component: () => import('@/views/CheckoutReturn.vue'),
          beforeEnter: [recordCardPayment],
        },
        { path: 'pending', name: 'checkout-pending', component: () => import('@/views/CheckoutPending.vue') },
      ],
    },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFound.vue') },
  ],
});

router.afterEach((to) => {
  document.title = to.name === 'checkout-return' ? 'Order confirmed' : 'Acme Shop';
});
