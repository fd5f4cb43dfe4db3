import type { HttpContextContract } from '@ioc:Adonis/Core/HttpContext';
import Env from '@ioc:Adonis/Core/Env';
import got from 'got';
import FaceAuthentication from 'App/Models/FaceAuthentication';

export default class FaceAuthenticationsController {
  public async store({ auth, request, response }: HttpContextContract) {
    const user = auth.user!;
    const base = Env.get('JUMIO_BASE_URL', 'https://lon.netverify.com');

    const result = await got
      .post(`${base}/api/authentication/v1/web/initiate`, {
        json: {
          enrollmentTransactionReference: user.jumioReference,
          userReference: String(user.id),
          locale: request.header('accept-language')?.slice(0, 2) ?? 'en',
        },
        username: Env.get('JUMIO_TOKEN'),
        password: Env.get('JUMIO_SECRET'),
        headers: { 'user-agent': 'Cobalt Adonis/2.0' },
      })
      .json<{ redirectUrl: string; transactionReference: string }>();

    await FaceAuthentication.create({ userId: user.id, reference: result.transactionReference });
    return response.ok({ url: result.redirectUrl });
  }
}
