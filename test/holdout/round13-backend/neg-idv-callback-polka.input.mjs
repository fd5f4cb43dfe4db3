// ID Verification (not authentication): the Netverify v4 scan callback, form-encoded, on polka.
import polka from 'polka';
import bodyParser from 'body-parser';
import { saveResult } from './store.js';

polka()
  .use(bodyParser.urlencoded({ extended: false }))
  .post('/kyc/jumio/netverify-callback', async (req, res) => {
    const { jumioIdScanReference, verificationStatus, idScanStatus, idFirstName, idLastName, callBackType } = req.body;
    if (callBackType !== 'NETVERIFYID') return res.end();
    await saveResult(jumioIdScanReference, { status: verificationStatus, scan: idScanStatus, name: `${idFirstName} ${idLastName}` });
    res.end('OK');
  })
  .listen(3003);
