// Card checkout for the Prairie Outfitters web shop. The checkout page hands the card to Harbor Pay's hosted payment
// page in an iFrame and then waits on a socket.io room named after its checkout session (the userReference we send
// when the payment is created). Harbor Pay posts the payment result to this route, form-encoded; we record it and
// relay the outcome to the waiting page, which shows the receipt without polling.
import { createServer } from 'node:http';
import express from 'express';
import { Server } from 'socket.io';
import { recordCardPayment } from './store.js';

// Harbor Pay's notification servers (merchant guide, "Payment notifications"). Requests from anywhere else are refused.
const HARBOR_PAY_NOTIFICATION_IPS = ['185.113.30.10', '185.113.30.11', '185.113.31.10', '185.113.31.11'];

interface PaymentNotificationForm {
  eventType: string;
  transactionReference: string;
  merchantReference: string;
  transactionResult: 'AUTHORISED' | 'DECLINED' | 'CANCELLED' | 'ERROR';
  transactionDate: string;
  callbackDate: string;
  userReference?: string;
}

const app = express();
app.set('trust proxy', 1);

const httpServer = createServer(app);
export const io = new Server(httpServer, {
  path: '/rt',
  cors: { origin: process.env.WEB_ORIGIN ?? 'https://shop.prairieoutfitters.example', credentials: true },
  pingInterval: 20_000,
});

io.on('connection', (socket) => {
  // The page joins with the checkout session id it was given with the basket; nothing else may join a room.
  const session = socket.handshake.auth?.session;
  if (typeof session !== 'string' || session.length < 32) {
    socket.disconnect(true);
    return;
  }
  void socket.join(`checkout:${session}`);
});

app.post('/callbacks/card-payment', express.urlencoded({ extended: false, limit: '64kb' }), async (req, res) => {
  if (!HARBOR_PAY_NOTIFICATION_IPS.includes(req.ip ?? '')) {
    res.sendStatus(403);
    return;
  }
  const form = req.body as PaymentNotificationForm;
  if (form.eventType !== 'PAYMENT_RESULT') {
    res.sendStatus(204);
    return;
  }

  const { transactionReference, transactionResult, userReference } = form;
  await recordCardPayment(transactionReference, {
    order: form.merchantReference,
    result: transactionResult,
    decidedAt: form.transactionDate,
    receivedAt: form.callbackDate,
  });

  // The checkout page listens for 'payment:result' and shows the receipt (AUTHORISED) or the card form again.
  if (userReference) {
    io.to(`checkout:${userReference}`).emit('payment:result', { transactionReference, transactionResult });
  }
  // Harbor Pay retries anything but a 200.
  res.sendStatus(200);
});

httpServer.listen(Number(process.env.PORT ?? 8080), () => {
  console.log('payment relay listening');
});
