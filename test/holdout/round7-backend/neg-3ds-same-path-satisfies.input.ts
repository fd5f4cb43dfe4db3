import axios from 'axios';

// 3-D Secure 2 authentication with our acquirer (its API happens to use the same path words).
const ACQUIRER_3DS = 'https://api.acmepay-gateway.com/api/authentication/v1/web/initiate';

interface ThreeDsInitiate {
  transactionReference: string;
  redirectUrl: string;
  timestamp: string;
}

export async function start3ds(paymentId: string, amountMinor: number) {
  const request = {
    paymentId,
    amount: amountMinor,
    successUrl: 'https://checkout.example.com/3ds/ok',
    errorUrl: 'https://checkout.example.com/3ds/failed',
    locale: 'en-GB',
  } satisfies Record<string, string | number>;
  const { data } = await axios.post<ThreeDsInitiate>(ACQUIRER_3DS, request, {
    auth: { username: process.env.ACQUIRER_KEY ?? '', password: process.env.ACQUIRER_SECRET ?? '' },
  });
  return { challengeUrl: data.redirectUrl, ref: data.transactionReference };
}
