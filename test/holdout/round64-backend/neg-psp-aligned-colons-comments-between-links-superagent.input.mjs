// Quillon Outfitters: hosted checkout of an order (Tamarind Pay v4 initiate).
// The shop team aligns the colons of request payloads and writes no trailing commas.
import superagent from 'superagent';
import { saveCheckout } from './db.mjs';

const TAMARIND_V4_INITIATE = 'https://api.tamarindpay.example/v4/initiate';
const TAMARIND_KEY = process.env.QUILLON_TAMARIND_KEY;
const TAMARIND_SECRET = process.env.QUILLON_TAMARIND_SECRET;
const SHOP = 'https://shop.quillon.example';

export async function startCheckout(order) {
  const res = await superagent
    .post(TAMARIND_V4_INITIATE)
    // merchant key pair (Tamarind dashboard → Developers → API keys)
    .auth(TAMARIND_KEY, TAMARIND_SECRET)
    .set('Accept', 'application/json')
    // support asks for the app version in every ticket
    .set('User-Agent', 'Quillon-Shop/5.4')
    .send({
      merchantReference     : order.orderNo,
      userReference         : order.customerNo,
      amount                : order.totalMinor,
      currency              : order.currency,
      successUrl            : `${SHOP}/orders/${order.orderNo}/paid`,
      errorUrl              : `${SHOP}/orders/${order.orderNo}/failed`,
      locale                : 'en-US',
      tokenLifetimeInMinutes: 30
    });
  await saveCheckout(order.orderNo, {
    paymentReference: res.body.transactionReference,
    createdAt       : res.body.timestamp
  });
  return { redirectTo: res.body.redirectUrl };
}
