// Face login of the SG super app (AWS Lambda behind API Gateway REST, the global fetch). The endpoint, the return page
// and the link lifetime are one settings object of the function.
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { saveFaceLogin } from './store.js';

const FACE_LOGIN = {
  initiateUrl: 'https://core-sgp.jumio.com/api/auth/v1/initiate',
  linkLifetimeMinutes: 60 * 12,
  returnUrl: 'https://app.acme.sg/face-login/return',
};

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const { memberId, enrollmentRef } = JSON.parse(event.body ?? '{}') as { memberId: string; enrollmentRef: string };
  const response = await fetch(FACE_LOGIN.initiateUrl, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      Authorization: `Basic ${process.env.JUMIO_BASIC_B64}`,
      'User-Agent': 'Acme Super App SG/2.0',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: enrollmentRef,
      userReference: memberId,
      successUrl: FACE_LOGIN.returnUrl,
      errorUrl: FACE_LOGIN.returnUrl,
      tokenLifetimeInMinutes: FACE_LOGIN.linkLifetimeMinutes,
    }),
  });
  if (!response.ok) {
    return { statusCode: 502, body: JSON.stringify({ message: 'face login unavailable' }) };
  }
  const started: { redirectUrl: string; transactionReference: string } = await response.json();
  await saveFaceLogin(memberId, started.transactionReference);
  return { statusCode: 200, body: JSON.stringify({ url: started.redirectUrl }) };
};
