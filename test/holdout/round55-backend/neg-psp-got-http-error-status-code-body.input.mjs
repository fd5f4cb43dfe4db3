// Harbor Goods (US) web shop: checkout hands the customer to Tidewater Pay's hosted payment page. ESM, got. The
// checkout page has its own message for each way the start can fail, so Tidewater's refusal is turned into a reason
// here; anything we do not recognise goes to the error tracker as it is.
import got, { HTTPError } from 'got';
import { findOrder, savePaymentLink, logger } from './db.mjs';

const TIDEWATER_V4 = 'https://api.tidewaterpay.example/v4/initiate';

export async function startHostedPayment(orderId) {
  const order = await findOrder(orderId);
  try {
    const { body } = await got.post(TIDEWATER_V4, {
      json: {
        merchantReference: `HG-${order.number}`,
        userReference: order.id,
        amount: order.totalCents,
        currency: order.currency,
        successUrl: `https://shop.harborgoods.example/checkout/${order.number}/paid`,
        errorUrl: `https://shop.harborgoods.example/checkout/${order.number}/payment-failed`,
        locale: 'en-US',
        tokenLifetimeInMinutes: 30,
      },
      username: process.env.TIDEWATER_MERCHANT_ID,
      password: process.env.TIDEWATER_API_KEY,
      headers: { Accept: 'application/json', 'User-Agent': 'HarborGoods-Checkout/3.3' },
      responseType: 'json',
    });
    await savePaymentLink(order.id, { reference: body.transactionReference, link: body.redirectUrl, startedAt: body.timestamp });
    return { ok: true, link: body.redirectUrl };
  } catch (err) {
    if (!(err instanceof HTTPError)) throw err;
    const { statusCode, body: problem } = err.response;
    logger.warn({ orderId, statusCode, problem }, 'hosted payment not started');
    // 400: something in the order data (usually an amount below the card minimum).
    if (statusCode === 400) return { ok: false, reason: 'ORDER_DATA_REJECTED' };
    if (statusCode === 401 || statusCode === 403) return { ok: false, reason: 'PAYMENT_UNAVAILABLE' };
    throw err;
  }
}
