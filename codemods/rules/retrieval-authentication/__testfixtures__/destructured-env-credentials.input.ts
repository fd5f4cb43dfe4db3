// Credentials destructured from process.env (and from a secrets call) that only built the Basic header.
import { getSecrets } from './secrets';

export async function faceLoginUser(reference: string) {
  const { JUMIO_API_TOKEN, JUMIO_API_SECRET } = process.env;
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Authorization: `Basic ${Buffer.from(`${JUMIO_API_TOKEN}:${JUMIO_API_SECRET}`).toString('base64')}` },
  });
  const details = await res.json();
  return details.userReference;
}

export async function euFaceLoginUser(reference: string) {
  const { JUMIO_EU_TOKEN, JUMIO_EU_SECRET, APP_NAME } = process.env;
  const res = await fetch(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Authorization: 'Basic ' + btoa(`${JUMIO_EU_TOKEN}:${JUMIO_EU_SECRET}`), 'User-Agent': `${APP_NAME}/1.0` },
  });
  const details = await res.json();
  return details.userReference;
}

export async function sgFaceLoginUser(reference: string) {
  const { token, secret } = await getSecrets('jumio');
  const res = await fetch(`https://core-sgp.jumio.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Authorization: 'Basic ' + btoa(`${token}:${secret}`) },
  });
  const details = await res.json();
  return details.userReference;
}
