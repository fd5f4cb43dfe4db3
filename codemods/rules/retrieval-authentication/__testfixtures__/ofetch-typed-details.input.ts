import { $fetch } from 'ofetch';

interface AuthDetails {
  transactionReference: string;
  userReference?: string;
}

// The type argument is the parsed body's type: it moves with the fields.
export async function authenticatedUser(ref: string): Promise<string | undefined> {
  const details = await $fetch<AuthDetails>(`https://lon.netverify.com/api/netverify/v2/authentications/${ref}`, {
    headers: { Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}` },
  });
  return details.userReference;
}
