// Face login of the travel app (Express 5, ESM, axios). The Jumio call lives in a small service object of this
// module, which the router below uses; the app mounts the router under /api.
import express from 'express';
import axios from 'axios';
import { saveFaceLogin } from './store.js';

const { JUMIO_API_TOKEN, JUMIO_API_SECRET, PUBLIC_URL } = process.env;

export const faceLoginService = {
  async start(member) {
    const { data } = await axios({
      method: 'post',
      url: 'https://lon.netverify.com/api/authentication/v1/web/initiate',
      auth: { username: JUMIO_API_TOKEN, password: JUMIO_API_SECRET },
      headers: { Accept: 'application/json', 'User-Agent': 'Acme Travel EU/3.0' },
      data: {
        enrollmentTransactionReference: member.jumioEnrollmentRef,
        userReference: member.id,
        successUrl: `${PUBLIC_URL}/face-login/done`,
        errorUrl: `${PUBLIC_URL}/face-login/error`,
        locale: member.locale,
        tokenLifetimeInMinutes: 5,
      },
    });
    return data;
  },
};

export const faceLoginRouter = express.Router();

faceLoginRouter.post('/face-login', async (req, res) => {
  const started = await faceLoginService.start(req.user);
  await saveFaceLogin(req.user.id, started.transactionReference);
  res.status(201).json({ url: started.redirectUrl });
});
