import * as WebRequest from 'web-request';

// web-request's post with an object content and no json: true: request would not send it as JSON, so the call is
// not proven to be the working legacy initiate it looks like; flagged with what to change.
export async function startFaceAuth(enrollmentTransactionReference: string, userId: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: a web-request post(uri, options, content) call the codemod cannot migrate whole (its content is an object sent without json: true): send it with json: true and a literal options object, then migrate it as in MIGRATION.md
  const result = await WebRequest.post('https://netverify.com/api/authentication/v1/web/initiate', {
    auth: { user: process.env.JUMIO_TOKEN!, pass: process.env.JUMIO_SECRET! },
  }, { enrollmentTransactionReference, userReference: userId });
  return JSON.parse(result.content).redirectUrl;
}
