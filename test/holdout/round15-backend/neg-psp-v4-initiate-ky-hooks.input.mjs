// A payment page provider's /api/v4/initiate (its own host) with successUrl, customerInternalReference and a
// beforeRequest hook adding its Basic credentials: not Jumio.
import ky from 'ky';

const basic = Buffer.from(`${process.env.PAYCORE_KEY}:${process.env.PAYCORE_SECRET}`).toString('base64');

export async function startPayment(order) {
  const session = await ky
    .post('https://gateway.paycore.example/api/v4/initiate', {
      json: { customerInternalReference: order.customerId, amount: order.total, successUrl: 'https://shop.acme.example/paid', tokenLifetimeInMinutes: 20 },
      hooks: { beforeRequest: [(request) => { request.headers.set('Authorization', `Basic ${basic}`); }] },
    })
    .json();
  return { link: session.redirectUrl, reference: session.transactionReference };
}
