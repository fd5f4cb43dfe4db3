// The ID-verification callback receiver behind enr-hapi-route-options' callbackUrl (/webhooks/jumio-idv), a Hapi route.
module.exports = {
  method: 'POST',
  path: '/webhooks/jumio-idv',
  options: {
    auth: false,
    handler: async (request, h) => {
      const form = request.payload;
      await request.server.methods.saveKyc(form.jumioIdScanReference, {
        status: form.verificationStatus,
        idStatus: form.idScanStatus,
        country: form.idCountry,
      });
      return h.response('OK');
    },
  },
};
