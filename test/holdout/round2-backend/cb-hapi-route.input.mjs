import Hapi from '@hapi/hapi';

const server = Hapi.server({ port: 4000 });

server.route({
  method: 'POST',
  path: '/jumio/authentication',
  handler: async (request, h) => {
    const { transactionReference, transactionResult, livenessImages } = request.payload;
    request.logger.info({ transactionReference, transactionResult, images: JSON.parse(livenessImages || '[]').length });
    return h.response().code(200);
  },
});

await server.start();
