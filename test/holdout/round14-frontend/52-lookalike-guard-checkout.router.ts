// Vue Router global guard: the payment gateway's return to the checkout.
import { createRouter, createWebHistory } from 'vue-router';
import { routes } from './routes';
import { useCartStore } from '@/stores/cart';

export const router = createRouter({ history: createWebHistory(), routes });

router.beforeEach((to) => {
  if (to.name !== 'checkout-return') return true;
  const cart = useCartStore();
  if (to.query.transactionStatus === 'DECLINED') return { name: 'checkout', query: { retry: '1' } };
  cart.paymentReference = String(to.query.transactionReference ?? '');
  return true;
});
