import axios from 'axios';

// PayGate wants Basic auth on every call and a request id for support tickets.
const paygate = axios.create({ baseURL: 'https://api.paygate.example/api/v4' });

paygate.interceptors.request.use((config) => {
  config.headers.set('X-Request-Id', crypto.randomUUID());
  config.auth = { username: process.env.PAYGATE_KEY!, password: process.env.PAYGATE_SECRET! };
  return config;
});

export async function initiateCheckout(orderId: string, amount: number) {
  const { data } = await paygate.post('/initiate', { merchantReference: orderId, amount, successUrl: 'https://shop.example.com/paid' });
  return { redirectUrl: data.redirectUrl as string, reference: data.transactionReference as string };
}
