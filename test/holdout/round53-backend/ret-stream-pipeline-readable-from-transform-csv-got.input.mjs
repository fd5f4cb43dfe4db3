// Orchid Pay (SG) compliance: the monthly audit export lists every face login of the month as the vendor recorded it,
// one CSV row each, for the regulator's sample checks. The month's references go through a stream pipeline: each is
// looked up in turn (the vendor asks for no bursts on its retrieval API) and its record is written to the file as is.
import { createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import got from 'got';
import { faceLoginReferencesOfMonth } from './db.mjs';

const NV_SG_AUTHENTICATIONS = 'https://core-sgp.jumio.com/api/netverify/v2/authentications';

export async function exportFaceLoginAudit(month, path) {
  const references = await faceLoginReferencesOfMonth(month);

  await pipeline(
    Readable.from(references),
    new Transform({
      objectMode: true,
      async transform(reference, _encoding, callback) {
        try {
          const details = await got(`${NV_SG_AUTHENTICATIONS}/${reference}`, {
            username: process.env.ORCHID_NV_TOKEN,
            password: process.env.ORCHID_NV_SECRET,
            headers: { Accept: 'application/json', 'User-Agent': 'OrchidPay-Audit/1.2' },
            timeout: { request: 10_000 },
          }).json();
          callback(null, details);
        } catch (err) {
          callback(err);
        }
      },
    }),
    stringify({
      header: true,
      columns: ['transactionReference', 'userReference', 'transactionResult', 'transactionDate', 'scanSource'],
    }),
    createWriteStream(path),
  );
  return references.length;
}
