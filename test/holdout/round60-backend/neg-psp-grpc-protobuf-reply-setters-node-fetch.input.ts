// Quay Pay CheckoutService (gRPC, @grpc/grpc-js): the point-of-sale tablets call CreateCheckout and show redirect_url
// as a QR code the customer pays through. The reply is the checkout.proto message whose fields were named after the
// acquirer's answer.
import * as grpc from '@grpc/grpc-js';
import fetch from 'node-fetch';
import { CreateCheckoutReply, type CreateCheckoutRequest } from './checkout_pb.js';
import { findOrder, saveCheckout } from './db.js';

const ACQUIRER_INITIATE = 'https://api.harbourcard-acquiring.example/v4/initiate';
const ACQUIRER_BASIC = `Basic ${Buffer.from(`${process.env.QUAYPAY_ACQUIRER_ID}:${process.env.QUAYPAY_ACQUIRER_KEY}`).toString('base64')}`;

interface AcquirerInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export const checkoutService = {
  async createCheckout(
    call: grpc.ServerUnaryCall<CreateCheckoutRequest, CreateCheckoutReply>,
    callback: grpc.sendUnaryData<CreateCheckoutReply>,
  ): Promise<void> {
    try {
      const order = await findOrder(call.request.getOrderId());
      const res = await fetch(ACQUIRER_INITIATE, {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          Authorization: ACQUIRER_BASIC,
          'User-Agent': 'QuayPay-POS/2.9',
        },
        body: JSON.stringify({
          merchantReference: `QP-${order.id}`,
          amount: order.amountMinor,
          currency: order.currency,
          successUrl: 'https://pay.quaypay.example/checkout/done',
          errorUrl: 'https://pay.quaypay.example/checkout/retry',
          locale: call.request.getLocale() || 'en-GB',
        }),
      });
      if (!res.ok) {
        callback({ code: grpc.status.UNAVAILABLE, details: `acquirer answered HTTP ${res.status}` });
        return;
      }
      const session = (await res.json()) as AcquirerInitiateResponse;
      await saveCheckout(order.id, session.transactionReference);

      const reply = new CreateCheckoutReply();
      reply.setRedirectUrl(session.redirectUrl);
      reply.setTransactionReference(session.transactionReference);
      reply.setStartedAt(session.timestamp);
      callback(null, reply);
    } catch (err) {
      callback({ code: grpc.status.INTERNAL, details: err instanceof Error ? err.message : String(err) });
    }
  },
};
