import axios from 'axios';

// One client for the outbound calls of the onboarding service; the interceptor tags calls for tracing.
const api = axios.create({ timeout: 10_000 });
api.interceptors.request.use((config) => {
  config.headers.set('X-Request-Id', crypto.randomUUID());
  return config;
});

export async function startFaceAuth(enrollmentReference: string) {
  const { data } = await api.post(
    'https://netverify.com/api/v4/initiate',
    { enrollmentTransactionReference: enrollmentReference, userReference: 'u-1' },
    { auth: { username: process.env.NV_TOKEN!, password: process.env.NV_SECRET! } },
  );
  return { url: data.redirectUrl as string, ref: data.transactionReference as string };
}

export async function startCheckout(orderId: string, amount: number) {
  const { data } = await api.post('https://api.paygate.example/api/v4/initiate', { merchantReference: orderId, amount }, { auth: { username: process.env.PG_KEY!, password: process.env.PG_SECRET! } });
  return { url: data.redirectUrl as string, ref: data.transactionReference as string };
}
