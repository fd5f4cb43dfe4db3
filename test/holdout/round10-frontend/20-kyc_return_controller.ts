// AdonisJS 6: app/controllers/kyc_return_controller.ts — the successUrl/errorUrl of the identity check.
import type { HttpContext } from '@adonisjs/core/http'
import Verification from '#models/verification'

export default class KycReturnController {
  async show({ request, auth, view, response }: HttpContext) {
    const { transactionStatus, transactionReference, errorCode } = request.qs()
    if (transactionStatus !== 'SUCCESS') {
      return view.render('kyc/failed', { errorCode })
    }
    await Verification.updateOrCreate({ userId: auth.user!.id }, { jumioReference: transactionReference, state: 'pending' })
    return response.redirect().toRoute('kyc.pending')
  }
}
