import { writeFile } from 'node:fs/promises';

const BASIC = Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

export async function archiveFaceImage(reference: string, target: string): Promise<void> {
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}/images/face`, {
    headers: { Authorization: `Basic ${BASIC}`, Accept: 'image/jpeg, image/png', 'User-Agent': 'Example Archive/1.0' },
  });
  if (!res.ok) throw new Error(`image download failed: ${res.status}`);
  await writeFile(target, Buffer.from(await res.arrayBuffer()));
}
