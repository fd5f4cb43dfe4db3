import { db } from './db';

const TOKEN = process.env.JUMIO_API_TOKEN!;

function authHeader() {
  const secret = process.env.JUMIO_API_SECRET!;
  return 'Basic ' + Buffer.from(TOKEN + ':' + secret).toString('base64');
}

export async function fetchAuthenticationResult(reference: string): Promise<string> {
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Accept: 'application/json', 'User-Agent': 'Example Remix/1.0', Authorization: authHeader() },
  });
  const body = await res.json();
  await db.save(reference, body.transactionResult);
  return body.transactionResult;
}
