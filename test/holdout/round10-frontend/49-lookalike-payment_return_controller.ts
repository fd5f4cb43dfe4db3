// AdonisJS 6: app/controllers/payment_return_controller.ts — the card acquirer's return URL.
import type { HttpContext } from '@adonisjs/core/http'
import Order from '#models/order'

export default class PaymentReturnController {
  async show({ request, view, response }: HttpContext) {
    const { transactionStatus, transactionReference, orderId } = request.qs()
    const order = await Order.findOrFail(orderId)
    if (transactionStatus === 'APPROVED') {
      order.merge({ state: 'paid', acquirerReference: transactionReference })
      await order.save()
      return response.redirect().toRoute('orders.show', { id: order.id })
    }
    return view.render('checkout/declined', { order })
  }
}
