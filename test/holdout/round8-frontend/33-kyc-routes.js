import page from 'page';
import { render } from './render';

// Client routes of the onboarding app (page.js).
page('/kyc/return', (ctx) => {
  const q = new URLSearchParams(ctx.querystring);
  const status = q.get('transactionStatus');
  const reference = q.get('transactionReference');
  if (status === 'SUCCESS') render('kyc-done', { reference });
  else render('kyc-failed', { code: q.get('errorCode') });
});

page('/kyc', () => render('kyc-start'));
page.start();
