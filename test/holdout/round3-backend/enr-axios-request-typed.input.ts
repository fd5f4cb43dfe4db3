import axios, { type AxiosRequestConfig } from 'axios';

type NetverifyV4Response = { timestamp: string; redirectUrl: string; transactionReference: string };

const NETVERIFY_API = 'https://core-sgp.jumio.com/api/v4';

export async function beginKyc(userId: string, locale: string) {
  const config: AxiosRequestConfig = {
    method: 'POST',
    url: `${NETVERIFY_API}/initiate`,
    data: {
      customerInternalReference: userId,
      userReference: userId,
      locale,
      tokenLifetimeInMinutes: 1440,
    },
    auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
  };
  const res = await axios.request<NetverifyV4Response>(config);
  return { iframeUrl: res.data.redirectUrl, scanReference: res.data.transactionReference };
}
