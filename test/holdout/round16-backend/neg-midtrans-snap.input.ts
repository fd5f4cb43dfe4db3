// Midtrans Snap (payments, ID): Basic auth with the server key; the app keeps its own transactionReference.
import got from 'got';

export async function createSnapPayment(order: { id: string; amount: number }) {
  const result = await got
    .post('https://app.midtrans.com/snap/v1/transactions', {
      json: { transaction_details: { order_id: order.id, gross_amount: order.amount }, callbacks: { finish: 'https://shop.acme.id/pay/finish' } },
      username: process.env.MIDTRANS_SERVER_KEY,
      password: '',
    })
    .json<{ token: string; redirect_url: string }>();
  return { redirectUrl: result.redirect_url, transactionReference: order.id };
}
