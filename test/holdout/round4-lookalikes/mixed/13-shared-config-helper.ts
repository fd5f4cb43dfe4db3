import axios, { type AxiosRequestConfig } from 'axios';

// Every vendor call goes through withDefaults (timeouts, tracing, the vendor's Basic credentials).
function withDefaults(user: string, password: string): AxiosRequestConfig {
  return { timeout: 10_000, auth: { username: user, password }, headers: { 'User-Agent': 'acme-onboarding/3.2' } };
}

export async function startFaceAuth(enrollmentReference: string) {
  const { data } = await axios.post(
    'https://lon.netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollmentReference },
    withDefaults(process.env.NV_TOKEN!, process.env.NV_SECRET!),
  );
  return data.redirectUrl as string;
}

export async function startCheckout(orderId: string, amount: number) {
  const { data } = await axios.post('https://api.paygate.example/api/v4/initiate', { merchantReference: orderId, amount }, withDefaults(process.env.PG_KEY!, process.env.PG_SECRET!));
  return { url: data.redirectUrl as string, ref: data.transactionReference as string };
}
