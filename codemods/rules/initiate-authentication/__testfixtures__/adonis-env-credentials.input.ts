// AdonisJS 6: credentials read with env.get() of the app's env service (`#start/env`) — a read of the environment, like
// process.env — are removed once the Basic header is gone; the service stays for the other values it gives.
import env from '#start/env';

export default class FaceLoginService {
  async begin(enrollmentReference: string, userId: string) {
    const token = env.get('JUMIO_API_TOKEN');
    const secret = env.get('JUMIO_API_SECRET');
    const response = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + Buffer.from(`${token}:${secret}`).toString('base64') },
      body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference: userId, successUrl: `${env.get('APP_URL')}/login/verified` }),
    });
    const started = (await response.json()) as { redirectUrl: string };
    return started.redirectUrl;
  }
}
