// Hapi route for the back office: looks up one authentication at Jumio (EU).
import got from 'got';

export const authenticationRoute = {
  method: 'GET',
  path: '/admin/authentications/{ref}',
  options: { auth: 'admin' },
  handler: async (request) => {
    const ref = request.params.ref;
    const details = await got(`https://lon.netverify.com/api/netverify/v2/authentications/${ref}`, {
      username: process.env.JUMIO_TOKEN,
      password: process.env.JUMIO_SECRET,
      headers: { 'user-agent': 'Back Office/4.4' },
    }).json();
    return {
      reference: details.transactionReference,
      user: details.userReference ?? null,
      date: details.transactionDate,
    };
  },
};
