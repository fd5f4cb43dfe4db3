// Vue Router global guard: the identity check's return (Netverify success/error URL).
import { createRouter, createWebHistory } from 'vue-router';
import { routes } from './routes';
import { useKycStore } from '@/stores/kyc';

export const router = createRouter({ history: createWebHistory(), routes });

router.beforeEach((to) => {
  if (to.name !== 'kyc-return') return true;
  const kyc = useKycStore();
  if (to.query.transactionStatus === 'ERROR') {
    return { name: 'kyc-retry', query: { code: to.query.errorCode } };
  }
  kyc.reference = String(to.query.transactionReference ?? '');
  return true;
});
