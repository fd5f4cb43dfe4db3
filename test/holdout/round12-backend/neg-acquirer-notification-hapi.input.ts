// A card acquirer's form-encoded payment notification on a Hapi route: transactionReference / transactionResult / date.
import type { Server } from '@hapi/hapi';
import { settleOrder } from './orders';

export function registerAcquirer(server: Server) {
  server.route({
    method: 'POST',
    path: '/payments/acquirer/notify',
    handler: async (request, h) => {
      const p = request.payload as Record<string, string>;
      if (p.transactionResult === 'APPROVED') await settleOrder(p.merchantOrderId, p.transactionReference, p.transactionDate);
      return h.response('[accepted]');
    },
  });
}
