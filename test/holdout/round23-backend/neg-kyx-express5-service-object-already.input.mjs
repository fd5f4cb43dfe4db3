// Face login of the travel app, already on the Jumio KYX platform (Express 5, ESM, axios): the team's own OAuth2
// token call and the workflow 9 account update, in the same service object as before the move.
import express from 'express';
import axios from 'axios';
import { saveFaceLogin } from './store.js';

const { KYX_CLIENT_ID, KYX_CLIENT_SECRET, PUBLIC_URL } = process.env;

async function kyxToken() {
  const { data } = await axios({
    method: 'post',
    url: 'https://auth.emea-1.jumio.ai/oauth2/token',
    auth: { username: KYX_CLIENT_ID, password: KYX_CLIENT_SECRET },
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    data: 'grant_type=client_credentials',
  });
  return data.access_token;
}

export const faceLoginService = {
  async start(member) {
    const { data } = await axios({
      method: 'put',
      url: `https://account.emea-1.jumio.ai/api/v1/accounts/${member.kyxAccountId}`,
      headers: { Accept: 'application/json', Authorization: `Bearer ${await kyxToken()}`, 'User-Agent': 'Acme Travel EU/4.0' },
      data: {
        customerInternalReference: member.id,
        userReference: member.id,
        workflowDefinition: { key: 9, credentials: [{ id: member.kyxCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        web: { successUrl: `${PUBLIC_URL}/face-login/done`, errorUrl: `${PUBLIC_URL}/face-login/error`, locale: member.locale },
        tokenLifetime: '5m',
      },
    });
    return data;
  },
};

export const faceLoginRouter = express.Router();

faceLoginRouter.post('/face-login', async (req, res) => {
  const started = await faceLoginService.start(req.user);
  await saveFaceLogin(req.user.id, started.workflowExecution.id);
  res.status(201).json({ url: started.web.href });
});
