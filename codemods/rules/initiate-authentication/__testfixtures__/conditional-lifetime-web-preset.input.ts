import axios from 'axios';

const EU_PRESET = { successUrl: 'https://eu.acme.example/done', errorUrl: 'https://eu.acme.example/failed' };
const US_PRESET = { successUrl: 'https://us.acme.example/done', errorUrl: 'https://us.acme.example/failed' };

export async function startFaceAuthentication(ref: string, isEu: boolean, isLong: boolean, lang: string) {
  const body = {
    ...(isEu ? EU_PRESET : US_PRESET),
    enrollmentTransactionReference: ref,
    tokenLifetimeInMinutes: isLong ? 60 : 30,
    locale: lang === 'de' ? 'de' : 'en',
  };
  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', body, {
    auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
  });
  return data.redirectUrl as string;
}
