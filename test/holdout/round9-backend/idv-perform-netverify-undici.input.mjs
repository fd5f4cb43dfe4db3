// Server-side ID verification (performNetverify, another Jumio product): images uploaded from the back office.
import { request } from 'undici';

const PERFORM = 'https://lon.netverify.com/api/netverify/v2/performNetverify';

export async function performCheck(frontImage, faceImage, merchantRef) {
  const { body } = await request(PERFORM, {
    method: 'POST',
    headers: {
      authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
      'content-type': 'application/json',
      'user-agent': 'Adatum BackOffice/2.0',
    },
    body: JSON.stringify({ merchantIdScanReference: merchantRef, frontsideImage: frontImage, faceImage, country: 'GBR', idType: 'PASSPORT' }),
  });
  const result = await body.json();
  return result.jumioIdScanReference;
}
