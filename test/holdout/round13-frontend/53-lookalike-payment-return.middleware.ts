// middleware/payment-return.global.ts (Nuxt 3): card payment return from the PSP.
export default defineNuxtRouteMiddleware((to) => {
  if (to.path !== '/checkout/return') return;
  if (to.query.transactionStatus === 'DECLINED') {
    return navigateTo({ path: '/checkout/failed', query: { ref: to.query.transactionReference } });
  }
  if (to.query.transactionStatus === 'APPROVED') {
    return navigateTo({ path: '/checkout/thanks', query: { ref: to.query.transactionReference } });
  }
});
