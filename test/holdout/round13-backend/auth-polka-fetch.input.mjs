// polka server (ESM JS): the face-login start answers with a 302 to the web client (EU data centre).
import polka from 'polka';
import { json } from '@polka/parse';

const JUMIO_TOKEN = process.env.JUMIO_API_TOKEN;
const JUMIO_SECRET = process.env.JUMIO_API_SECRET;

polka()
  .use(json())
  .post('/face-login/start', async (req, res) => {
    const response = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'User-Agent': 'Acme Travel/3.1',
        Authorization: 'Basic ' + Buffer.from(JUMIO_TOKEN + ':' + JUMIO_SECRET).toString('base64'),
      },
      body: JSON.stringify({
        enrollmentTransactionReference: req.body.enrollment,
        userReference: req.body.userId,
        successUrl: 'https://travel.acme.example/face-login/done',
        errorUrl: 'https://travel.acme.example/face-login/failed',
      }),
    });
    if (!response.ok) {
      res.statusCode = 502;
      return res.end('face login unavailable');
    }
    const session = await response.json();
    res.writeHead(302, { Location: session.redirectUrl, 'X-Face-Login': session.transactionReference });
    res.end();
  })
  .listen(3000);
