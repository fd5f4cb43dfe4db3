import got from 'got';
import { writeFile } from 'node:fs/promises';

const API = 'https://netverify.com/api/netverify/v2/authentications';
const auth = { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! };

// Archive the face and liveness images of an authentication for the fraud team.
export async function archiveImages(reference: string, dir: string): Promise<number> {
  const face = await got(`${API}/${reference}/images/face`, {
    ...auth,
    headers: { Accept: 'image/jpeg, image/png', 'User-Agent': 'Initech Archive/1.0' },
  }).buffer();
  await writeFile(`${dir}/${reference}-face.jpg`, face);

  let n = 1;
  for (;;) {
    try {
      const img = await got(`${API}/${reference}/images/liveness/${n}`, { ...auth, headers: { Accept: 'image/jpeg' } }).buffer();
      await writeFile(`${dir}/${reference}-liveness-${n}.jpg`, img);
      n += 1;
    } catch {
      break;
    }
  }
  return n - 1;
}
