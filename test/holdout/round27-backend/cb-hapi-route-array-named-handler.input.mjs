// Face login results (hapi 21, ESM): the data centre posts the form to the callback route, registered in one array
// with the rest of the identity routes.
import Hapi from '@hapi/hapi';
import { saveResult } from './store.js';

async function onFaceLoginResult(request, h) {
  const {
    transactionReference: reference,
    enrollmentTransactionReference: enrollmentRef,
    transactionResult = 'INVALID',
    scanSource,
    userReference,
  } = request.payload;
  await saveResult(reference, { enrollmentRef, passed: transactionResult === 'PASSED', scanSource, userReference });
  return h.response().code(200);
}

export async function start() {
  const server = Hapi.server({ port: 8080 });
  server.route([
    { method: 'GET', path: '/identity/health', handler: () => ({ ok: true }) },
    {
      method: 'POST',
      path: '/identity/jumio/face-login-callback',
      options: { auth: false, payload: { parse: true } },
      handler: onFaceLoginResult,
    },
  ]);
  await server.start();
  return server;
}
