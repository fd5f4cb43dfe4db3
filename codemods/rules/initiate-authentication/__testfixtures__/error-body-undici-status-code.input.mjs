// undici: the fields destructured from the response, a failure tested on `statusCode`: the error body is not the
// value; a branch taken on success (`statusCode === 200`) still holds it.
import { request } from 'undici';

export async function start(enrollment) {
  const { statusCode, body } = await request('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { authorization: `Basic ${process.env.NV_BASIC}`, 'content-type': 'application/json' },
    body: JSON.stringify({ enrollmentTransactionReference: enrollment }),
  });
  if (statusCode >= 400 && statusCode < 500) {
    const problem = await body.json();
    throw Object.assign(new Error('refused'), { problem });
  }
  if (statusCode === 200) {
    const started = await body.json();
    return started.redirectUrl;
  }
  throw new Error(`vendor answered ${statusCode}`);
}
