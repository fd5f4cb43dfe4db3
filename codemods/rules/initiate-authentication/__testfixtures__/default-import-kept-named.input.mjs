// A default import read only by the Basic header goes; the named import of the same declaration stays for the code
// that still reads it (a module that does something when loaded would keep loading all the same).
import base64, { decode } from 'base-64';
import axios from 'axios';

export async function start(enrollment, user) {
  const res = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollment, userReference: user }, {
    headers: { Authorization: 'Basic ' + base64.encode(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`) },
  });
  return res.data.redirectUrl;
}

export const readState = (state) => JSON.parse(decode(state));
