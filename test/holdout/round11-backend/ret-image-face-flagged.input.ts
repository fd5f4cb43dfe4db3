// Download the face image of an authentication for the fraud team (EU): the image route has no same-shaped KYX call.
import axios from 'axios';

export async function downloadFace(reference: string): Promise<Buffer> {
  const { data } = await axios.get<ArrayBuffer>(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}/images/face`, {
    responseType: 'arraybuffer',
    auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
    headers: { Accept: 'image/jpeg, image/png', 'User-Agent': 'Acme Fraud/1.1' },
  });
  return Buffer.from(data);
}
