// Card acquirer notifications (hapi 21, ESM): the acquirer posts the form to the notification route, registered in
// one array with the rest of the payment routes.
import Hapi from '@hapi/hapi';
import { saveResult } from './store.js';

async function onAcquirerNotification(request, h) {
  const {
    transactionReference: reference,
    merchantReference: orderId,
    transactionResult = 'DECLINED',
    transactionDate,
    amount,
  } = request.payload;
  await saveResult(reference, { orderId, captured: transactionResult === 'APPROVED', transactionDate, amount });
  return h.response('[accepted]').code(200);
}

export async function start() {
  const server = Hapi.server({ port: 8080 });
  server.route([
    { method: 'GET', path: '/payments/health', handler: () => ({ ok: true }) },
    {
      method: 'POST',
      path: '/payments/acquirer/notification',
      options: { auth: false, payload: { parse: true } },
      handler: onAcquirerNotification,
    },
  ]);
  await server.start();
  return server;
}
