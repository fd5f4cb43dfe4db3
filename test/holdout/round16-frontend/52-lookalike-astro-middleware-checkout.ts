// Astro middleware: the PSP's checkout return URL.
import { defineMiddleware } from 'astro:middleware';

export const onRequest = defineMiddleware(async (context, next) => {
  if (context.url.pathname === '/checkout/return') {
    const status = context.url.searchParams.get('transactionStatus');
    const reference = context.url.searchParams.get('transactionReference');
    context.locals.payment = { paid: status === 'AUTHORISED', reference, amount: context.url.searchParams.get('amount') };
    if (status !== 'AUTHORISED') return context.redirect('/cart?payment=failed');
  }
  return next();
});
