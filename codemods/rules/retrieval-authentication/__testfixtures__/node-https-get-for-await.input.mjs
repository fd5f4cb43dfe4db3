// Node's https.get whose response is read as an async iterable (`for await (const chunk of res) text += chunk`), in
// an async function that awaits the promise: migrated like a 'data' listener's chunks.
import https from 'node:https';

export async function faceLoginUser(reference) {
  const details = await new Promise((resolve, reject) => {
    https.get(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
      auth: `${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`,
      headers: { Accept: 'application/json' },
    }, async (res) => {
      let text = '';
      for await (const chunk of res) text += chunk;
      resolve(JSON.parse(text));
    }).on('error', reject);
  });
  return details.userReference;
}
