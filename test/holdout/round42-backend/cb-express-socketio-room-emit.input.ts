// Face login for Prairie Federal online banking (US data centre). The sign-in page opens the Jumio web client in an
// iFrame and then waits on a socket.io room named after its login session (the userReference we send with the
// initiate). Jumio posts the authentication result to this route, form-encoded; we record it and relay the outcome to
// the waiting page, which completes the sign-in without polling.
import { createServer } from 'node:http';
import express from 'express';
import { Server } from 'socket.io';
import { recordFaceLoginResult } from './store.js';

// Jumio's US callback servers (implementation guide, "Callback"). Requests from anywhere else are refused.
const JUMIO_CALLBACK_IPS = ['34.202.241.227', '34.226.103.119', '34.226.254.127', '52.52.51.178', '52.53.95.123', '54.67.101.173'];

interface FaceLoginCallbackForm {
  callBackType: string;
  transactionReference: string;
  enrollmentTransactionReference: string;
  transactionResult: 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  callbackDate: string;
  userReference?: string;
}

const app = express();
app.set('trust proxy', 1);

const httpServer = createServer(app);
export const io = new Server(httpServer, {
  path: '/rt',
  cors: { origin: process.env.WEB_ORIGIN ?? 'https://online.prairiefcu.example', credentials: true },
  pingInterval: 20_000,
});

io.on('connection', (socket) => {
  // The page joins with the login session id it was given at the password step; nothing else may join a room.
  const session = socket.handshake.auth?.session;
  if (typeof session !== 'string' || session.length < 32) {
    socket.disconnect(true);
    return;
  }
  void socket.join(`face-login:${session}`);
});

app.post('/callbacks/face-login', express.urlencoded({ extended: false, limit: '64kb' }), async (req, res) => {
  if (!JUMIO_CALLBACK_IPS.includes(req.ip ?? '')) {
    res.sendStatus(403);
    return;
  }
  const form = req.body as FaceLoginCallbackForm;
  if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') {
    res.sendStatus(204);
    return;
  }

  const { transactionReference, transactionResult, userReference } = form;
  await recordFaceLoginResult(transactionReference, {
    enrolment: form.enrollmentTransactionReference,
    result: transactionResult,
    decidedAt: form.transactionDate,
    receivedAt: form.callbackDate,
  });

  // The sign-in page listens for 'face-login:result' and finishes (PASSED) or offers the one-time code (anything else).
  if (userReference) {
    io.to(`face-login:${userReference}`).emit('face-login:result', { transactionReference, transactionResult });
  }
  // Jumio retries anything but a 200.
  res.sendStatus(200);
});

httpServer.listen(Number(process.env.PORT ?? 8080), () => {
  console.log('face-login relay listening');
});
