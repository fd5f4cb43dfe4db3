// Paystack transaction initialize: authorization_url and a reference, mapped to the app's own redirectUrl /
// transactionReference names.
import axios from 'axios';

export async function startCheckout(email: string, amountKobo: number): Promise<{ redirectUrl: string; transactionReference: string }> {
  const { data } = await axios.post(
    'https://api.paystack.co/transaction/initialize',
    { email, amount: amountKobo, callback_url: 'https://shop.acme.example/checkout/return' },
    { headers: { Authorization: `Bearer ${process.env.PAYSTACK_SECRET_KEY}` } },
  );
  return { redirectUrl: data.data.authorization_url, transactionReference: data.data.reference };
}
