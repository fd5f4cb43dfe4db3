import http from 'node:http';
import formidable from 'formidable';
import { settlePayment } from './payments';

// Legacy Adyen HTTP POST notifications (form-encoded) from the old checkout.
export const notifications = http.createServer(async (req, res) => {
  const [fields] = await formidable().parse(req);
  const first = (name: string) => fields[name]?.[0];
  if (first('eventCode') === 'AUTHORISATION') {
    await settlePayment(first('merchantReference')!, {
      transactionReference: first('pspReference'),
      transactionResult: first('success') === 'true' ? 'PASSED' : 'FAILED',
      transactionDate: first('eventDate'),
      callBackType: 'ADYEN',
    });
  }
  res.writeHead(200).end('[accepted]');
});
