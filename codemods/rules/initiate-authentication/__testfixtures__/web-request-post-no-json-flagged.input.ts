import * as WebRequest from 'web-request';

// web-request's post with an object content and no json: true: request would not send it as JSON, so the call is
// not proven to be the working legacy initiate it looks like; flagged with what to change.
export async function startFaceAuth(enrollmentTransactionReference: string, userId: string): Promise<string> {
  const result = await WebRequest.post('https://netverify.com/api/authentication/v1/web/initiate', {
    auth: { user: process.env.JUMIO_TOKEN!, pass: process.env.JUMIO_SECRET! },
  }, { enrollmentTransactionReference, userReference: userId });
  return JSON.parse(result.content).redirectUrl;
}
