// Koa route: the customer chose the country; the document type is fixed (passport); ctx.body answers (SGP).
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import axios from 'axios';

const router = new Router();

router.post('/kyc/start', bodyParser(), async (ctx) => {
  const { country } = ctx.request.body as { country: string };
  const res = await axios.post(
    'https://core-sgp.jumio.com/api/v4/initiate',
    {
      customerInternalReference: ctx.state.user.accountId,
      userReference: ctx.state.user.id,
      workflowId: 100,
      presets: [{ index: 1, country, type: 'PASSPORT' }],
      tokenLifetimeInMinutes: 120,
    },
    { auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! } },
  );
  ctx.body = { url: res.data.redirectUrl, scan: res.data.transactionReference };
});

export default router;
