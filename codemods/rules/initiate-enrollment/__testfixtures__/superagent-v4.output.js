import request from 'superagent';
import { kyxAccessToken } from './kyx-auth.mjs';

export async function createVerification(user) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.mjs); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await request
    .post('https://account.amer-1.jumio.ai/api/v1/accounts')
    .set('Authorization', `Bearer ${await kyxAccessToken('amer-1')}`)
    .set('User-Agent', 'Redirect Batch/1.0')
    .send({ customerInternalReference: user.id, userReference: user.id, workflowDefinition: { key: 2 } });
  return { link: res.body.web.href, scanRef: res.body.workflowExecution.id };
}
