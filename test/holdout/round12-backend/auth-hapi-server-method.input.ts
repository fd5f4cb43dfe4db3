// Hapi plugin registering a server method (cached by hapi's method cache off) that a route calls; axios (US).
import type { Plugin } from '@hapi/hapi';
import axios from 'axios';

const JUMIO_AUTH = { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! };

export const faceLoginPlugin: Plugin<{ callbackUrl: string }> = {
  name: 'face-login',
  register(server, options) {
    server.method('startFaceLogin', async (enrollment: string, userId: string) => {
      const res = await axios.post(
        'https://netverify.com/api/authentication/v1/web/initiate',
        { enrollmentTransactionReference: enrollment, userReference: userId, callbackUrl: options.callbackUrl },
        { auth: JUMIO_AUTH, headers: { 'User-Agent': 'Acme Insure/8.0' } },
      );
      return { url: res.data.redirectUrl as string, reference: res.data.transactionReference as string };
    });

    server.route({
      method: 'POST',
      path: '/face-login',
      handler: async (request) => {
        const user = request.auth.credentials.user as { id: string; enrollment: string };
        return server.methods.startFaceLogin(user.enrollment, user.id);
      },
    });
  },
};
