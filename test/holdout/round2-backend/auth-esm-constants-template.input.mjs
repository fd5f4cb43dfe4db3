import axios from 'axios';
import { JUMIO } from './jumio-endpoints.mjs';

const jumio = axios.create({
  auth: { username: JUMIO.token, password: JUMIO.secret },
  headers: { 'User-Agent': JUMIO.userAgent },
});

export async function requestStepUp(user, locale = 'en') {
  const response = await jumio.post(`${JUMIO.base}/authentication/v1/web/initiate`, {
    enrollmentTransactionReference: user.enrollmentRef,
    userReference: user.id,
    locale,
  });
  const { redirectUrl, transactionReference } = response.data;
  await user.update({ pendingAuthRef: transactionReference });
  return redirectUrl;
}

export async function stepUpResult(transactionReference) {
  const { data } = await jumio.get(`${JUMIO.base}/netverify/v2/authentications/${transactionReference}`);
  return data.transactionResult;
}
