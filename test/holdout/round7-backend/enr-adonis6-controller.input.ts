import type { HttpContext } from '@adonisjs/core/http';
import env from '#start/env';
import axios from 'axios';

interface V4InitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export default class IdentityVerificationsController {
  async store({ request, response, auth }: HttpContext) {
    const user = auth.getUserOrFail();
    const country = request.input('country', 'DEU');
    const { data } = await axios.post<V4InitiateResponse>(
      'https://lon.netverify.com/api/v4/initiate',
      {
        customerInternalReference: `user-${user.id}`,
        userReference: String(user.id),
        workflowId: 201,
        presets: [{ index: 1, country, type: 'ID_CARD' }],
        successUrl: `${env.get('APP_URL')}/kyc/done`,
        errorUrl: `${env.get('APP_URL')}/kyc/error`,
      },
      { auth: { username: env.get('JUMIO_API_TOKEN'), password: env.get('JUMIO_API_SECRET') }, headers: { 'User-Agent': 'Acme Adonis/6.0' } },
    );
    user.jumioScanReference = data.transactionReference;
    await user.save();
    return response.ok({ redirectUrl: data.redirectUrl });
  }
}
