// retry-axios (US): rax attached to an instance; the GET carries its raxConfig.
import axios from 'axios';
import * as rax from 'retry-axios';

const client = axios.create({ timeout: 5000 });
rax.attach(client);

export async function faceLoginReference(reference: string) {
  const res = await client.get<{ transactionReference: string; userReference?: string }>(
    `https://netverify.com/api/netverify/v2/authentications/${reference}`,
    { auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! }, raxConfig: { retry: 3 } } as any,
  );
  return { user: res.data.userReference, reference: res.data.transactionReference };
}
