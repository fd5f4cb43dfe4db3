// A DataLoader batching authentication lookups for a GraphQL API (US); axios.get per reference.
import DataLoader from 'dataloader';
import axios from 'axios';

const jumioAuth = { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! };

export const faceLoginLoader = new DataLoader(async (references: readonly string[]) =>
  Promise.all(
    references.map(async (reference) => {
      const { data } = await axios.get(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
        auth: jumioAuth,
        headers: { 'User-Agent': 'Acme Graph/0.8' },
      });
      return { reference: data.transactionReference as string, user: data.userReference as string | undefined };
    }),
  ),
);
