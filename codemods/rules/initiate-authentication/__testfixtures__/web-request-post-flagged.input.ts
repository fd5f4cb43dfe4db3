import * as WebRequest from 'web-request';

// web-request's post(uri, options, content): the body as the third argument, the result on .content.
export async function startFaceAuth(enrollmentTransactionReference: string, userId: string): Promise<string> {
  const result = await WebRequest.post('https://netverify.com/api/authentication/v1/web/initiate', {
    json: true,
    auth: { user: process.env.JUMIO_TOKEN!, pass: process.env.JUMIO_SECRET! },
    headers: { 'User-Agent': 'Tailspin Wallet/1.2' },
  }, { enrollmentTransactionReference, userReference: userId });
  return result.content.redirectUrl;
}
