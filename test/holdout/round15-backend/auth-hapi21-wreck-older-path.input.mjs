// hapi 21 (EU) with @hapi/wreck on the older /api/auth/v1/initiate path; json: 'force' parses whatever the type.
import Hapi from '@hapi/hapi';
import Wreck from '@hapi/wreck';

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'POST',
  path: '/face-login',
  handler: async (request, h) => {
    const { payload } = await Wreck.post('https://lon.netverify.com/api/auth/v1/initiate', {
      payload: { enrollmentTransactionReference: request.auth.credentials.enrollment, userReference: request.auth.credentials.id },
      headers: { Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64') },
      json: 'force',
    });
    return h.redirect(payload.redirectUrl).code(303);
  },
});

await server.start();
