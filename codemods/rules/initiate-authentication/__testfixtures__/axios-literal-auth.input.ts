import axios from 'axios';

// Starts a Jumio face authentication for a user enrolled earlier.
export async function startAuthentication(enrollmentRef: string, userId: string) {
  const response = await axios.post(
    'https://lon.netverify.com/api/authentication/v1/web/initiate',
    {
      enrollmentTransactionReference: enrollmentRef,
      userReference: userId,
      successUrl: 'https://shop.example.com/auth/success',
      errorUrl: 'https://shop.example.com/auth/error',
      callbackUrl: 'https://shop.example.com/jumio/callback',
      locale: 'en-GB',
      tokenLifetimeInMinutes: 1440,
    },
    {
      headers: { 'User-Agent': 'Example Shop/1.0', Accept: 'application/json' },
      auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
    },
  );
  const { data } = response;
  const { redirectUrl } = data;
  return { url: redirectUrl, reference: data.transactionReference };
}
