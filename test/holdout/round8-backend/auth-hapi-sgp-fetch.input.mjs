// Hapi plugin of the Singapore deployment: starts the face check and redirects the browser.
import { enrollmentOf } from './store-js.mjs';

const SGP_BASE = 'https://core-sgp.jumio.com';

export const faceCheckPlugin = {
  name: 'face-check',
  version: '1.2.0',
  register(server) {
    server.route({
      method: 'GET',
      path: '/face-check/start',
      options: { auth: 'session' },
      handler: async (request, h) => {
        const userId = request.auth.credentials.id;
        const enrollment = await enrollmentOf(userId);
        const token = Buffer.from(process.env.JUMIO_TOKEN + ':' + process.env.JUMIO_SECRET).toString('base64');
        const res = await fetch(SGP_BASE + '/api/authentication/v1/web/initiate', {
          method: 'POST',
          headers: {
            authorization: 'Basic ' + token,
            'content-type': 'application/json',
            accept: 'application/json',
            'user-agent': 'Lion Securities Portal/5.0',
          },
          body: JSON.stringify({
            enrollmentTransactionReference: enrollment,
            userReference: userId,
            successUrl: 'https://portal.lionsec.example.sg/face-check/done',
            locale: 'zh-CN',
          }),
        });
        const payload = await res.json();
        request.yar.set('faceCheckRef', payload.transactionReference);
        return h.redirect(payload.redirectUrl);
      },
    });
  },
};
