// axios-cache-interceptor (EU): the details are cached for a minute through a wrapped instance.
import Axios from 'axios';
import { setupCache } from 'axios-cache-interceptor';

const api = setupCache(Axios.create({ timeout: 8000 }), { ttl: 60_000 });

export async function faceLoginUser(reference: string): Promise<string | undefined> {
  const { data } = await api.get(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
    auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
  });
  return data.userReference;
}
