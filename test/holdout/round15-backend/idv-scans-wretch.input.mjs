// ID Verification (another Jumio product): the scan's data through wretch. Not an authentication.
import wretch from 'wretch';

const jumio = wretch('https://netverify.com/api/netverify/v2/scans').auth(`Basic ${process.env.JUMIO_BASIC}`);

export async function scanDocument(scanReference) {
  const data = await jumio.url(`/${scanReference}/data/document`).get().json();
  return { country: data.issuingCountry, type: data.type };
}
