import axios from 'axios';

export async function authDetails(reference) {
  const response = await axios({
    method: 'get',
    url: `https://lon.netverify.com/api/netverify/v2/authentications/${reference}`,
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
    headers: { 'User-Agent': 'Acme/1.0' },
  });
  return response.data;
}
