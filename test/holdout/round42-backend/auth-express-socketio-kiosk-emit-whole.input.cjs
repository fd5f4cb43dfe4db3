'use strict';
// Self-service kiosks of Zeeland Spaarbank branches (EU data centre). A kiosk shows its welcome screen and listens on
// socket.io in the room of its kiosk id; when staff on the branch app start a face login for the customer standing
// at a kiosk, the session the vendor opened is pushed to that kiosk, which opens the web client full screen. The
// staff app only gets the reference back.
const http = require('node:http');
const express = require('express');
const { Server } = require('socket.io');
const got = require('got');
const { findKioskSession, saveFaceLogin } = require('./store');

const NETVERIFY_EU_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const KIOSK_PAGES = 'https://kiosk.zeelandspaarbank.example';

const app = express();
app.use(express.json());
const server = http.createServer(app);
const io = new Server(server, { path: '/kiosk-rt', serveClient: false });

io.use((socket, next) => {
  // Kiosks authenticate with their device key; the key names the kiosk.
  const kioskId = socket.handshake.auth && socket.handshake.auth.kioskId;
  if (!kioskId || socket.handshake.auth.deviceKey !== process.env[`KIOSK_KEY_${kioskId}`]) return next(new Error('unknown kiosk'));
  socket.data.kioskId = kioskId;
  next();
});

io.on('connection', (socket) => {
  socket.join(`kiosk:${socket.data.kioskId}`);
});

app.post('/staff/kiosks/:kioskId/face-login', async (req, res, next) => {
  try {
    const kioskSession = await findKioskSession(req.params.kioskId);
    if (!kioskSession) return res.status(409).json({ error: 'nobody is signed in at this kiosk' });

    const started = await got
      .post(NETVERIFY_EU_INITIATE, {
        json: {
          enrollmentTransactionReference: kioskSession.enrolmentReference,
          userReference: kioskSession.customerId,
          successUrl: `${KIOSK_PAGES}/face-login/klaar`,
          errorUrl: `${KIOSK_PAGES}/face-login/opnieuw`,
          locale: 'nl',
          tokenLifetimeInMinutes: 5,
        },
        username: process.env.NETVERIFY_API_TOKEN,
        password: process.env.NETVERIFY_API_SECRET,
        headers: { Accept: 'application/json', 'User-Agent': 'ZeelandSpaarbank-Kiosk/2.6' },
        timeout: { request: 15000 },
      })
      .json();

    await saveFaceLogin(kioskSession.customerId, started.transactionReference);
    // The kiosk app reads the link and the reference from the session object as the vendor sent it.
    io.to(`kiosk:${req.params.kioskId}`).emit('face-login:started', started);
    res.status(202).json({ reference: started.transactionReference });
  } catch (err) {
    next(err);
  }
});

server.listen(Number(process.env.PORT || 8080));

module.exports = { app, io };
