// polka with body-parser's urlencoded: the callback type is checked, the route does not say Jumio.
import polka from 'polka';
import bodyParser from 'body-parser';
import { saveResult } from './store.js';

polka()
  .use(bodyParser.urlencoded({ extended: false }))
  .post('/hooks/face-login', async (req, res) => {
    const { callBackType, transactionReference, transactionResult, userReference } = req.body;
    if (callBackType !== 'NETVERIFY_AUTHENTICATION') {
      res.statusCode = 400;
      return res.end();
    }
    await saveResult(transactionReference, { result: transactionResult, user: userReference });
    res.end('OK');
  })
  .listen(3001);
