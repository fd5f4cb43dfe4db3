// AdonisJS 6 controller: show() reads an authentication's details with axios (SGP); the route parameter is the reference.
import type { HttpContext } from '@adonisjs/core/http';
import axios from 'axios';
import env from '#start/env';

export default class FaceLoginResultsController {
  async show({ params, response }: HttpContext) {
    const res = await axios.get('https://core-sgp.jumio.com/api/netverify/v2/authentications/' + params.id, {
      auth: { username: env.get('JUMIO_API_TOKEN'), password: env.get('JUMIO_API_SECRET') },
      headers: { 'User-Agent': 'Acme Remit SG/2.0' },
    });
    return response.ok({ reference: res.data.transactionReference, user: res.data.userReference ?? null });
  }
}
