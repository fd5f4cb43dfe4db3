import express from 'express';
import axios from 'axios';

const router = express.Router();
const JUMIO_RETRIEVAL = 'https://netverify.com/api/netverify/v2/authentications';

router.get('/step-up/:ref/result', async (req, res) => {
  try {
    const { data } = await axios.get(`${JUMIO_RETRIEVAL}/${encodeURIComponent(req.params.ref)}`, {
      auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
      headers: { Accept: 'application/json', 'User-Agent': 'Acme StepUp/1.3' },
    });
    res.json({
      passed: data.transactionResult === 'PASSED',
      enrollment: data.enrollmentTransactionReference,
      at: data.transactionDate,
    });
  } catch (err: any) {
    if (err.response?.status === 404) return res.status(404).json({ error: 'unknown transaction' });
    res.status(502).json({ error: 'retrieval failed' });
  }
});

export default router;
