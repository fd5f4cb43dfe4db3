import got from 'got';

// An afterResponse hook may reshape every response of this instance: the retrieval stays flagged.
const jumio = got.extend({
  prefixUrl: 'https://netverify.com/api',
  username: process.env.JUMIO_TOKEN,
  password: process.env.JUMIO_SECRET,
  responseType: 'json',
  hooks: { afterResponse: [(response) => response] },
});

export async function resultOf(ref: string) {
  const { body } = await jumio.get<{ userReference?: string }>(`netverify/v2/authentications/${ref}`);
  return body.userReference;
}
