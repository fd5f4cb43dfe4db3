// Another PSP whose hosted page API borrowed Jumio-like names (customerInternalReference, tokenLifetimeInMinutes).
import axios from 'axios';

export async function startHostedPayment(order) {
  const { data } = await axios.post(
    'https://api.paysecure.example/api/v4/initiate',
    {
      customerInternalReference: order.customerId,
      amount: order.amount,
      currency: order.currency,
      successUrl: `https://shop.acme.example/orders/${order.id}/ok`,
      errorUrl: `https://shop.acme.example/orders/${order.id}/ko`,
      tokenLifetimeInMinutes: 20,
    },
    { auth: { username: process.env.PAYSECURE_ID, password: process.env.PAYSECURE_KEY } },
  );
  return { redirect: data.redirectUrl, reference: data.transactionReference };
}
