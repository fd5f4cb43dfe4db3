// node:https (SG) with the response body read by node:stream/consumers' json().
import https from 'node:https';
import { json } from 'node:stream/consumers';

export function faceLoginUser(reference) {
  return new Promise((resolve, reject) => {
    https
      .get(`https://core-sgp.jumio.com/api/netverify/v2/authentications/${reference}`, {
        auth: `${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`,
        headers: { Accept: 'application/json' },
      }, (res) => {
        json(res).then((details) => resolve(details.userReference), reject);
      })
      .on('error', reject);
  });
}
