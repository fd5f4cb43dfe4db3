// AdonisJS 6 controller (US): an ofetch.create() instance with a base URL, a Basic header and retry: 2.
import type { HttpContext } from '@adonisjs/core/http';
import { ofetch } from 'ofetch';

const jumio = ofetch.create({
  baseURL: 'https://netverify.com',
  retry: 2,
  retryDelay: 500,
  headers: { Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64') },
});

export default class FaceLoginsController {
  async store({ auth, response }: HttpContext) {
    const user = auth.getUserOrFail();
    const session = await jumio<{ redirectUrl: string; transactionReference: string }>('/api/authentication/v1/web/initiate', {
      method: 'POST',
      body: { enrollmentTransactionReference: user.jumioEnrollment, userReference: String(user.id), locale: 'en-US' },
    });
    await user.merge({ faceLoginReference: session.transactionReference }).save();
    return response.redirect().toPath(session.redirectUrl);
  }
}
