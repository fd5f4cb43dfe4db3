// hapi 21 (EU): a status route reading the details with @hapi/wreck.
import Wreck from '@hapi/wreck';

const basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export const statusRoute = {
  method: 'GET',
  path: '/face-login/{reference}',
  handler: async (request) => {
    const { payload } = await Wreck.get(`https://lon.netverify.com/api/netverify/v2/authentications/${request.params.reference}`, {
      headers: { Authorization: `Basic ${basic}` },
      json: true,
    });
    return { user: payload.userReference, reference: payload.transactionReference };
  },
};
