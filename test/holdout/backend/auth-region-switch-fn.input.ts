import fetch from 'node-fetch';

function authInitiateUrl(dc: string): string {
  switch (dc) {
    case 'eu':
      return 'https://lon.netverify.com/api/authentication/v1/web/initiate';
    case 'sg':
      return 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';
    default:
      return 'https://netverify.com/api/authentication/v1/web/initiate';
  }
}

export async function initiateForDatacenter(dc: string, enrollmentTransactionReference: string) {
  const res = await fetch(authInitiateUrl(dc), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(process.env.JUMIO_CREDS ?? '').toString('base64'),
    },
    body: JSON.stringify({ enrollmentTransactionReference }),
  });
  const data = (await res.json()) as { redirectUrl: string; transactionReference: string };
  return data['transactionReference'];
}
