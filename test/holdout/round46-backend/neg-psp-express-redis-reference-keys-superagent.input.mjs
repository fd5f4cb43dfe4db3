// Merlion Wealth advisor portal (SG): a client pays the advisory fee on a hosted checkout page on their own phone while
// the advisor waits. The advisor's screen polls Redis for the outcome; the payment webhook worker writes the same keys.
import express from 'express';
import superagent from 'superagent';
import { createClient } from 'redis';

const redis = createClient({ url: process.env.REDIS_URL });
await redis.connect();

const ORCHIDPAY = 'https://gateway.orchidpay.example';
const SESSION_TTL = 20 * 60;

/** Redis keys of a checkout (the webhook worker builds the same ones: do not rename). */
const keys = {
  byReference: (transactionReference) => `pay:checkout:transactionReference:${transactionReference}`,
  byInvoice: (invoiceId) => `pay:checkout:invoice:${invoiceId}`,
};

export const feePayments = express.Router();

feePayments.post('/invoices/:invoiceId/pay-on-phone', async (req, res, next) => {
  const { invoiceId } = req.params;
  const client = req.advisor.currentClient;
  try {
    const response = await superagent
      .post(`${ORCHIDPAY}/api/v2/checkout/initiate`)
      .auth(process.env.ORCHIDPAY_MERCHANT_ID, process.env.ORCHIDPAY_API_KEY)
      .set('Accept', 'application/json')
      .set('User-Agent', 'MerlionWealth-Advisor/2.14')
      .send({
        merchantReference: invoiceId,
        amount: req.body.amount,
        currency: 'SGD',
        userReference: client.clientNo,
        successUrl: 'https://m.merlion-wealth.example/pay/done',
        errorUrl: 'https://m.merlion-wealth.example/pay/failed',
        locale: client.locale || 'en',
        tokenLifetimeInMinutes: 20,
      });

    const started = response.body;
    await redis
      .multi()
      .set(keys.byReference(started.transactionReference), invoiceId, { EX: SESSION_TTL })
      .hSet(keys.byInvoice(invoiceId), {
        transactionReference: started.transactionReference,
        redirectUrl: started.redirectUrl,
        status: 'PENDING',
        startedAt: started.timestamp,
      })
      .expire(keys.byInvoice(invoiceId), SESSION_TTL)
      .exec();

    res.status(202).json({ qr: started.redirectUrl, poll: `/invoices/${invoiceId}/payment-status` });
  } catch (err) {
    next(err);
  }
});

feePayments.get('/invoices/:invoiceId/payment-status', async (req, res) => {
  const [status, transactionReference] = await redis.hmGet(keys.byInvoice(req.params.invoiceId), ['status', 'transactionReference']);
  res.json({ status: status ?? 'UNKNOWN', reference: transactionReference });
});
