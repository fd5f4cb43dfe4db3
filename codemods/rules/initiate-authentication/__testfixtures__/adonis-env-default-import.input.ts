// AdonisJS 6: the env service's default import read only by the credentials that built the Basic header: once they
// go, the import is unused (noUnusedLocals reports it) and `#start/env` only declares, so it goes with them.
import env from '#start/env';

export default class FaceLoginController {
  async begin({ request, response }: { request: { input(key: string): string }; response: { redirect(url: string): void } }) {
    const token = env.get('JUMIO_API_TOKEN');
    const secret = env.get('JUMIO_API_SECRET');
    const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + Buffer.from(`${token}:${secret}`).toString('base64') },
      body: JSON.stringify({ enrollmentTransactionReference: request.input('enrollment'), userReference: request.input('user') }),
    });
    const started = (await res.json()) as { redirectUrl: string };
    return response.redirect(started.redirectUrl);
  }
}
