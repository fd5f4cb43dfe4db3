import got from 'got';

// Lookalike: a got.extend() instance with a prefixUrl and Basic credentials, posting a JSON body that carries a
// transactionReference and a redirectUrl to a payment provider's initiate route. Not Jumio: byte-identical.
const payments = got.extend({
  prefixUrl: 'https://api.paygate.example.com/v2',
  username: process.env.PAYGATE_MERCHANT,
  password: process.env.PAYGATE_SECRET,
  responseType: 'json',
});

export async function initiatePayment(orderId: string, amount: number) {
  const { body } = await payments.post<{ redirectUrl: string; transactionReference: string }>('payments/web/initiate', {
    json: { transactionReference: orderId, amount, successUrl: 'https://shop.example.com/paid' },
  });
  return body.redirectUrl;
}
