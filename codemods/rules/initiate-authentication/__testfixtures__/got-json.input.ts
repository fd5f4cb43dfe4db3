import got from 'got';

interface AuthInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function beginAuthentication(enrollmentReference: string, lifetime: number): Promise<string> {
  const { body } = await got.post<AuthInitiateResponse>('https://core-sgp.jumio.com/api/authentication/v1/web/initiate', {
    json: {
      "enrollmentTransactionReference": enrollmentReference,
      "callbackUrl": 'https://bank.example.sg/hooks/jumio',
      "tokenLifetimeInMinutes": lifetime,
    },
    username: process.env.JUMIO_TOKEN,
    password: process.env.JUMIO_SECRET,
    headers: { 'user-agent': 'Example Bank/3.1' },
    responseType: 'json',
  });
  return body.redirectUrl;
}
