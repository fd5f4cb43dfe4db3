import Hapi from '@hapi/hapi';
import needle from 'needle';

const server = Hapi.server({ port: 3000, host: '0.0.0.0' });

server.route({
  method: 'POST',
  path: '/api/face-login',
  options: { auth: 'session' },
  handler: async (request, h) => {
    const { credentials } = request.auth;
    const resp = await needle('post', 'https://netverify.com/api/authentication/v1/web/initiate', {
      enrollmentTransactionReference: credentials.jumioRef,
      userReference: credentials.userId,
    }, {
      json: true,
      username: process.env.JUMIO_TOKEN,
      password: process.env.JUMIO_SECRET,
      headers: { 'User-Agent': 'Acme-Hapi/2.0' },
    });
    if (resp.statusCode !== 200) {
      return h.response({ error: 'verification provider error' }).code(502);
    }
    return { url: resp.body.redirectUrl };
  },
});

await server.start();
