// Express + express-session: the scan reference is kept in the session until the callback arrives (EU).
import express from 'express';
import session from 'express-session';
import got from 'got';

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false }));

app.get('/verify', async (req, res) => {
  const started = await got
    .post('https://lon.netverify.com/api/v4/initiate', {
      json: {
        customerInternalReference: (req.session as any).customerId,
        userReference: (req.session as any).userId,
        workflowId: 201,
        errorUrl: 'https://members.acme-club.example/verify/error',
      },
      username: process.env.JUMIO_API_TOKEN,
      password: process.env.JUMIO_API_SECRET,
      headers: { 'User-Agent': 'Acme Club Members/5.5' },
    })
    .json<{ redirectUrl: string; transactionReference: string; timestamp: string }>();
  (req.session as any).jumioScan = started.transactionReference;
  res.render('verify', { iframeSrc: started.redirectUrl });
});

export default app;
