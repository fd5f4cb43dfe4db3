// The module-level Basic credentials sit between two blank lines: removing them leaves one blank line, not two.
import { z } from 'zod';

const Reference = z.string().uuid();

const basic = Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

export async function authenticationUser(reference: string): Promise<string | undefined> {
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${Reference.parse(reference)}`, {
    headers: { Authorization: `Basic ${basic}`, Accept: 'application/json' },
  });
  const details = (await res.json()) as { userReference?: string };
  return details.userReference;
}
