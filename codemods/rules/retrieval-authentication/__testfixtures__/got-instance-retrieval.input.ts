import got from 'got';

// A got.extend() client for the EU data centre, shared by the face-login result lookup and an ID types lookup.
const netverifyEu = got.extend({
  prefixUrl: 'https://lon.netverify.com/api',
  username: process.env.NETVERIFY_API_TOKEN,
  password: process.env.NETVERIFY_API_SECRET,
  responseType: 'json',
  timeout: { request: 8000 },
  headers: { 'user-agent': 'Contoso Pay/7.1' },
});

interface AuthenticationDetails {
  transactionReference: string;
  userReference?: string;
}

export async function faceLoginResult(reference: string): Promise<string | undefined> {
  const { body } = await netverifyEu.get<AuthenticationDetails>(`netverify/v2/authentications/${reference}`);
  return body.userReference;
}

export async function idTypes(country: string) {
  const { body } = await netverifyEu.get('netverify/v2/acceptedIdTypes', { searchParams: { country } });
  return body;
}
