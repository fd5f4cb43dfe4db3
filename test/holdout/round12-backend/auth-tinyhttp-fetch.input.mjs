// tinyhttp app (ESM JS); the global fetch; credentials pre-encoded in one env var (EU).
import { App } from '@tinyhttp/app';
import { json } from 'milliparsec';

const app = new App();
app.use(json());

app.post('/api/face-login', async (req, res) => {
  const reply = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Basic ${process.env.JUMIO_AUTHORIZATION}`,
      'User-Agent': 'Acme Rail/6.6',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: req.body.enrollment,
      userReference: req.body.userId,
      successUrl: 'https://rail.acme.example/account/face-login/ok',
    }),
  });
  const { redirectUrl, transactionReference } = await reply.json();
  res.json({ redirectUrl: redirectUrl, reference: transactionReference });
});

app.listen(3000);
