// Nordlicht Bank online banking (EU): a SEPA transfer above the customer's daily limit is held until the payer
// confirms it with a selfie against the ID check from account opening. @koa/router, TypeScript, axios.
import Router from '@koa/router';
import axios from 'axios';
import { findHeldPayment, markStepUpStarted } from './store.js';

const NETVERIFY_EU = 'https://lon.netverify.com';
const PORTAL_ORIGIN = process.env.PORTAL_ORIGIN ?? 'https://banking.nordlicht.example';

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

/**
 * The vendor's screens take a language of at most five characters ("de", "en-GB"): the browser's first preference,
 * cut to that. German when the header is missing (the bank's default).
 */
function preferredLocale(acceptLanguage: string | undefined): string {
  const first = (acceptLanguage ?? '').split(',')[0]?.split(';')[0]?.trim();
  if (!first) return 'de';
  return first.length > 5 ? first.slice(0, 5) : first;
}

export const stepUpRouter = new Router({ prefix: '/payments' });

stepUpRouter.post('/:paymentId/step-up', async (ctx: any) => {
  const payment = await findHeldPayment(ctx.params.paymentId);
  if (!payment) {
    ctx.status = 404;
    return;
  }

  // Both landing pages resume the held transfer, and the confirmation page shows the amount again.
  const resume = new URLSearchParams({ paymentId: payment.id, amount: String(payment.amountMinor), currency: payment.currency });

  const { data } = await axios.post<FaceLoginStarted>(
    `${NETVERIFY_EU}/api/authentication/v1/web/initiate`,
    {
      enrollmentTransactionReference: payment.payer.netverifyEnrollment,
      // The payer's login e-mail: the fraud desk searches the vendor's portal by it.
      userReference: payment.payer.email,
      successUrl: `${PORTAL_ORIGIN}/payments/step-up/confirmed?${resume}`,
      errorUrl: `${PORTAL_ORIGIN}/payments/step-up/failed?${resume.toString()}`,
      locale: preferredLocale(ctx.get('Accept-Language')),
      // Operations set the link's validity in hours (STEP_UP_LINK_HOURS, 2 unless overridden).
      tokenLifetimeInMinutes: Number(process.env.STEP_UP_LINK_HOURS ?? '2') * 60,
    },
    {
      auth: { username: process.env.NORDLICHT_NV_TOKEN ?? '', password: process.env.NORDLICHT_NV_SECRET ?? '' },
      headers: { Accept: 'application/json', 'User-Agent': 'Nordlicht-OnlineBanking/12.4' },
    },
  );

  await markStepUpStarted(payment.id, data.transactionReference, data.timestamp);
  ctx.status = 201;
  ctx.body = { faceLoginUrl: data.redirectUrl };
});
