// ts-rest router implementation (Express): the contract's startFaceAuth route, on undici.request (US).
import { initServer } from '@ts-rest/express';
import { request } from 'undici';
import { faceContract } from '@fabrikam/api-contract';

const s = initServer();
const JUMIO_API = 'https://netverify.com/api/authentication/v1/web/initiate';
const BASIC = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export const faceRouter = s.router(faceContract, {
  startFaceAuth: async ({ body, req }) => {
    const { statusCode, body: payload } = await request(JUMIO_API, {
      method: 'POST',
      headers: { authorization: BASIC, 'content-type': 'application/json', 'user-agent': 'Fabrikam API/3.2' },
      body: JSON.stringify({
        enrollmentTransactionReference: body.enrollmentReference,
        userReference: req.user.id,
        successUrl: body.returnUrl,
        errorUrl: body.returnUrl,
      }),
    });
    if (statusCode !== 200) return { status: 502, body: { message: 'face check unavailable' } };
    const started = (await payload.json()) as { redirectUrl: string; transactionReference: string };
    return { status: 201, body: { url: started.redirectUrl, reference: started.transactionReference } };
  },
});
