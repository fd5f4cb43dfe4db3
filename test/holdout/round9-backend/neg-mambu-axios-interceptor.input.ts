// Core banking (Mambu) client: an axios instance whose interceptor adds Basic auth; instant payments are initiated.
import axios from 'axios';

const mambu = axios.create({ baseURL: 'https://acme.mambu.com/api', headers: { Accept: 'application/vnd.mambu.v2+json' } });

mambu.interceptors.request.use((config) => {
  const basic = Buffer.from(`${process.env.MAMBU_USER}:${process.env.MAMBU_PASSWORD}`).toString('base64');
  config.headers.Authorization = `Basic ${basic}`;
  return config;
});

export async function initiateInstantPayment(accountId: string, amount: number, callbackUrl: string) {
  const { data } = await mambu.post(`/deposits/${accountId}/payments/initiate`, {
    amount,
    transactionReference: `IP-${Date.now()}`,
    callbackUrl,
    successUrl: 'https://bank.example/payments/ok',
  });
  return { reference: data.transactionReference, redirectUrl: data.redirectUrl };
}
