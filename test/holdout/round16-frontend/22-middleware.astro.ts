// Astro middleware (src/middleware.ts): the identity check's return URL is handled before the page renders.
import { defineMiddleware } from 'astro:middleware';

export const onRequest = defineMiddleware(async (context, next) => {
  if (context.url.pathname === '/verify/return') {
    const status = context.url.searchParams.get('transactionStatus');
    const reference = context.url.searchParams.get('transactionReference');
    context.locals.identity = { verified: status === 'SUCCESS', reference, errorCode: context.url.searchParams.get('errorCode') };
    if (status !== 'SUCCESS') return context.redirect('/verify?retry=1');
  }
  return next();
});
