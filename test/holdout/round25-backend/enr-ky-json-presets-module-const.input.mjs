// Identity check for new savers (ESM, ky). German identity cards only; the savings app redirects to the link.
import ky from 'ky';
import { saveKycCase } from './store.js';

const SAVER_PRESETS = [{ index: 1, country: 'DEU', type: 'ID_CARD' }];
const BASIC = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export async function startSaverCheck(saver) {
  const started = await ky
    .post('https://lon.netverify.com/api/v4/initiate', {
      json: {
        customerInternalReference: `saver-${saver.id}`,
        userReference: saver.id,
        workflowId: 201,
        presets: SAVER_PRESETS,
        successUrl: 'https://app.acme-sparen.de/ident/fertig',
        locale: 'de',
      },
      headers: { Authorization: `Basic ${BASIC}`, 'User-Agent': 'Acme Sparen/4.4' },
      timeout: 20_000,
    })
    .json();
  await saveKycCase(saver.id, started.transactionReference);
  return { link: started.redirectUrl, reference: started.transactionReference };
}
