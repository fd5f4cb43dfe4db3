import { createRouter, createWebHistory } from 'vue-router';
import CheckoutStart from './views/CheckoutStart.vue';
import CheckoutDone from './views/CheckoutDone.vue';
import { useOrderStore } from './stores/order';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/checkout', name: 'checkout', component: CheckoutStart },
    {
      path: '/checkout/return',
      name: 'checkout-return',
      component: CheckoutDone,
      beforeEnter: (to) => {
        const order = useOrderStore();
        const status = to.query.transactionStatus;
        const reference = to.query.transactionReference;
        if (status !== 'AUTHORISED' || typeof reference !== 'string') {
          return { name: 'checkout', query: { declined: '1', code: to.query.errorCode } };
        }
        order.markPaid(reference);
        return true;
      },
    },
  ],
});
