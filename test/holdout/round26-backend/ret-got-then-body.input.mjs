// Face login outcome (ESM, got on the US host): the JSON body is taken off the response in a .then().
import got from 'got';
import { markUserVerified, saveResult } from './store.js';

export async function settleFaceLogin(authRef) {
  const details = await got
    .get(`https://netverify.com/api/netverify/v2/authentications/${authRef}`, {
      responseType: 'json',
      username: process.env.JUMIO_API_TOKEN,
      password: process.env.JUMIO_API_SECRET,
      headers: { 'User-Agent': 'Acme Settlement/2.0' },
    })
    .then((r) => r.body);
  const passed = details.transactionResult === 'PASSED';
  await markUserVerified(details.userReference, passed);
  await saveResult(authRef, { passed, user: details.userReference });
  return passed;
}
