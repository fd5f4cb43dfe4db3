// Payment and payout return routes with the same names: left alone (a status Jumio never sends, money-movement words).
import type { HttpContext } from '@adonisjs/core/http'
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';

export default class CardReturnController {
  async show({ request, response }: HttpContext) {
    const { transactionStatus, transactionReference } = request.qs()
    return transactionStatus === 'APPROVED' ? response.redirect(`/orders/paid/${transactionReference}`) : response.redirect('/orders/declined')
  }
}

export async function payoutReturn(request: HttpRequest): Promise<HttpResponseInit> {
  const status = request.query.get('transactionStatus');
  const reference = request.query.get('transactionReference');
  return { status: 302, headers: { Location: status === 'SUCCESS' ? `/remittance/sent?ref=${reference}` : '/remittance/failed' } };
}
app.http('payoutReturn', { methods: ['GET'], route: 'remittance/return', handler: payoutReturn });
