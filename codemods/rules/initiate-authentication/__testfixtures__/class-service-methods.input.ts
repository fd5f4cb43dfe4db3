import axios from 'axios';
import got from 'got';
import { JUMIO, PATHS } from './provider-config.js';

export class JumioService {
  private baseUrl = 'https://netverify.com';

  async viaThen(ref: string) {
    return axios.post(`${JUMIO.baseUrl}${PATHS.initiate}`, { enrollmentTransactionReference: ref }, { auth: { username: 'a', password: 'b' } })
      .then(({ data }) => data.redirectUrl);
  }

  async viaGot(ref: string) {
    const r = await got(`${this.baseUrl}/api/authentication/v1/web/initiate`, {
      method: 'POST',
      json: { enrollmentTransactionReference: ref },
      username: 'a',
      password: 'b',
    }).json<{ redirectUrl: string; transactionReference: string }>();
    return r.transactionReference;
  }

  async viaNested(ref: string) {
    const { data: { redirectUrl, transactionReference: tx } } = await axios.request({
      baseURL: 'https://core-sgp.jumio.com',
      url: '/api/auth/v1/initiate',
      method: 'post',
      data: { enrollmentTransactionReference: ref },
      headers: { authorization: 'Basic xyz' },
    });
    return [redirectUrl, tx];
  }

  async viaFetchOptions(ref: string) {
    const options = {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + 'abc' },
      body: JSON.stringify({ enrollmentTransactionReference: ref }),
    };
    const response = await fetch(
      `https://lon.netverify.com` +
        `/api/authentication/v1/web/initiate`,
      options,
    );
    const { redirectUrl } = await response.json();
    return redirectUrl as string;
  }
}
