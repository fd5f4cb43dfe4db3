// Card payments: the acquirer's 3-D Secure authentication initiate (Basic auth, redirectUrl, transactionReference).
import Router from '@koa/router';
import axios from 'axios';

const router = new Router();

router.post('/checkout/:paymentId/3ds', async (ctx) => {
  const { data } = await axios.post(
    `https://api.acquirer.example/v2/payments/${ctx.params.paymentId}/authentication/v1/web/initiate`,
    { returnUrl: 'https://shop.acme.example/checkout/3ds-return', locale: 'en-GB' },
    { auth: { username: process.env.ACQUIRER_KEY!, password: process.env.ACQUIRER_SECRET! } },
  );
  ctx.session!.threeDsRef = data.transactionReference;
  ctx.redirect(data.redirectUrl);
});

export default router;
