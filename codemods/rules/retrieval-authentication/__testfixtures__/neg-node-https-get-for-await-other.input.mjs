// Another API's https.get read with `for await` (the same shape as the legacy retrieval): byte-identical.
import https from 'node:https';

export async function orderUser(reference) {
  const details = await new Promise((resolve, reject) => {
    https.get(`https://api.acme-orders.example/v2/orders/${reference}`, {
      auth: `${process.env.ORDERS_USER}:${process.env.ORDERS_PASSWORD}`,
    }, async (res) => {
      let text = '';
      for await (const chunk of res) text += chunk;
      resolve(JSON.parse(text));
    }).on('error', reject);
  });
  return details.userReference;
}
