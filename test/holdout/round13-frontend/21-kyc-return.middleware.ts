// middleware/kyc-return.global.ts (Nuxt 3): route the Netverify return URL before the page renders.
export default defineNuxtRouteMiddleware((to) => {
  if (to.path !== '/kyc/return') return;
  if (to.query.transactionStatus === 'ERROR') {
    return navigateTo({ path: '/kyc/retry', query: { code: to.query.errorCode, ref: to.query.transactionReference } });
  }
  if (to.query.transactionStatus === 'SUCCESS') {
    return navigateTo({ path: '/kyc/verified', query: { ref: to.query.transactionReference } });
  }
});
