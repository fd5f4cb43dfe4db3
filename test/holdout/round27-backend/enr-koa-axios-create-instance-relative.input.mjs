// Identity verification for new sellers (Koa 2, ESM): one axios instance for the US data centre, configured with the
// API credentials; the route calls it with a relative path.
import Router from '@koa/router';
import axios from 'axios';
import { saveKycCase } from './store.js';

const jumio = axios.create({
  baseURL: 'https://www.netverify.com/api/v4',
  auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
  timeout: 15000,
  headers: { Accept: 'application/json', 'User-Agent': 'Acme Marketplace Sellers/3.0' },
});

const router = new Router({ prefix: '/sellers' });

router.post('/:sellerId/verification', async (ctx) => {
  const { sellerId } = ctx.params;
  const { data } = await jumio.post('/initiate', {
    customerInternalReference: `seller-${sellerId}`,
    userReference: sellerId,
    workflowId: 100,
    presets: [{ index: 1, country: 'USA', type: 'DRIVING_LICENSE' }],
    successUrl: `https://sellers.acme-market.com/${sellerId}/verification/sent`,
    errorUrl: `https://sellers.acme-market.com/${sellerId}/verification/failed`,
  });
  await saveKycCase(sellerId, data.transactionReference);
  ctx.body = { verificationUrl: data.redirectUrl };
});

export default router;
