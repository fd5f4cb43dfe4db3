// An undici Pool to the US data centre; pool.request with a path and body.json().
import { Pool } from 'undici';

const jumio = new Pool('https://netverify.com', { connections: 4 });
const authorization = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export async function faceLoginOwner(reference) {
  const { statusCode, body } = await jumio.request({
    path: `/api/netverify/v2/authentications/${reference}`,
    method: 'GET',
    headers: { accept: 'application/json', authorization, 'user-agent': 'Acme Hotels/2.0' },
  });
  if (statusCode !== 200) throw new Error(`jumio ${statusCode}`);
  const details = await body.json();
  return details.userReference;
}
