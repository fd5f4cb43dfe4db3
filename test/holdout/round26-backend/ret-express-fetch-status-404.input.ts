// Face login status route (Express 4, TypeScript, global fetch on the EU host): a 404 from Jumio is passed on, any other
// failure goes to the error handler.
import express from 'express';

interface FaceLoginDetails {
  transactionReference: string;
  userReference: string;
  transactionDate: string;
}

const router = express.Router();

router.get('/face-logins/:ref/status', async (req, res, next) => {
  try {
    const ref = req.params.ref;
    const upstream = await fetch(`https://lon.netverify.com/api/netverify/v2/authentications/${ref}`, {
      headers: {
        Accept: 'application/json',
        'User-Agent': 'Acme Status EU/1.1',
        Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
      },
    });
    if (upstream.status === 404) {
      res.status(404).json({ error: 'unknown face login' });
      return;
    }
    if (!upstream.ok) {
      throw new Error(`status lookup failed: ${upstream.status}`);
    }
    const details = (await upstream.json()) as FaceLoginDetails;
    res.json({ reference: details.transactionReference, user: details.userReference, at: details.transactionDate });
  } catch (err) {
    next(err);
  }
});

export default router;
