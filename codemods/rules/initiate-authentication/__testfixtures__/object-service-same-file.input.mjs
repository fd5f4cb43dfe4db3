import express from 'express';
import axios from 'axios';

// The Jumio calls of this module, kept together.
const jumio = {
  start: async (user) => {
    const res = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', {
      enrollmentTransactionReference: user.enrollmentRef,
      userReference: user.id,
      successUrl: 'https://app.acme.com/login/done',
    }, { auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET } });
    return res.data;
  },
  async startAndLog(user) {
    const started = await this.start(user);
    console.info('face login', started.transactionReference);
    return started;
  },
};

export const router = express.Router();

router.post('/login/face', async (req, res) => {
  const { redirectUrl } = await jumio.start(req.user);
  res.json({ redirectUrl });
});

router.post('/login/face-audited', async (req, res) => {
  const started = await jumio.startAndLog(req.user);
  res.json({ url: started.redirectUrl });
});
