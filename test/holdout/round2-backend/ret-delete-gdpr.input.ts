import axios from 'axios';

const BASE = 'https://netverify.com/api/netverify/v2/authentications';
const auth = { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! };

// GDPR: remove a finished authentication from Jumio.
export async function purge(ref: string): Promise<void> {
  await axios.delete(`${BASE}/${ref}`, { auth });
}
