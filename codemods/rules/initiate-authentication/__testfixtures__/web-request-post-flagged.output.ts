import * as WebRequest from 'web-request';

// web-request's post(uri, options, content): the body as the third argument, the result on .content.
export async function startFaceAuth(enrollmentTransactionReference: string, userId: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: web-request's post(uri, options, content) resolves to a Response whose body is read on .content, which the codemod does not follow: send the call with request.json<T>(uri, { method, headers, body }) instead (it resolves to the parsed body, which the codemod migrates), or move it to KYX by hand (see MIGRATION.md)
  const result = await WebRequest.post('https://netverify.com/api/authentication/v1/web/initiate', {
    json: true,
    auth: { user: process.env.JUMIO_TOKEN!, pass: process.env.JUMIO_SECRET! },
    headers: { 'User-Agent': 'Tailspin Wallet/1.2' },
  }, { enrollmentTransactionReference, userReference: userId });
  return result.content.redirectUrl;
}
