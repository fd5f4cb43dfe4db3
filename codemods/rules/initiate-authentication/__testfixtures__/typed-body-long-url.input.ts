import axios from 'axios';

interface JumioAuthRequest {
  enrollmentTransactionReference: string;
  successUrl?: string;
  callbackUrl: string;
}

export async function authWithTypedBody(ref: string): Promise<string> {
  const body: JumioAuthRequest = {
    enrollmentTransactionReference: ref,
    callbackUrl: 'https://example.com/jumio/callback',
    successUrl: 'https://example.com/authentication/finished?campaign=spring-2021-returning-customers&channel=email&variant=b&tracking=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  };
  const { data } = await axios.post<{ redirectUrl: string }>('https://lon.netverify.com/api/authentication/v1/web/initiate', body, {
    auth: { username: 'api-token', password: 'api-secret' },
  });
  return data.redirectUrl;
}
