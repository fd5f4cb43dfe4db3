// AdonisJS 6 controller: the successUrl / errorUrl of the identity check.
import type { HttpContext } from '@adonisjs/core/http'

export default class IdentityReturnController {
  async show({ request, view }: HttpContext) {
    const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference, errorCode } = request.qs()
    if (transactionStatus !== 'SUCCESS') return view.render('identity/failed', { errorCode })
    return view.render('identity/pending', { reference: transactionReference })
  }

  async legacy(ctx: HttpContext) {
    const status = ctx.request.input('acquisitionStatus')
    const reference = ctx.request.input('workflowExecutionId')
    return ctx.view.render(status === 'SUCCESS' ? 'identity/pending' : 'identity/failed', { reference })
  }
}
