import ky from 'ky';

// A ky.extend() instance with the legacy prefixUrl and a Basic header. The instance stays as it is for its other
// calls; the migrated call sets prefixUrl: '' (ky joins the prefix to any string URL) and its own Authorization
// header, which ky merges over the instance's.
const basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

const jumio = ky.extend({
  prefixUrl: 'https://netverify.com/api/',
  headers: { Authorization: `Basic ${basic}`, 'User-Agent': 'Contoso Travel/2.0' },
  timeout: 15000,
  retry: 2,
});

export async function authenticateTraveller(traveller) {
  const started = await jumio
    .post('authentication/v1/web/initiate', {
      json: { enrollmentTransactionReference: traveller.scanReference, userReference: traveller.id, locale: 'en-US' },
    })
    .json();
  return { url: started.redirectUrl, reference: started.transactionReference };
}

export async function supportedDocuments() {
  return jumio.get('netverify/v2/supportedDocumentTypes').json();
}
