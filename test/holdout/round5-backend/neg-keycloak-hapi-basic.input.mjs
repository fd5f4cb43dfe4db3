import Hapi from '@hapi/hapi';

const REALM = 'https://sso.example.org/realms/members';
const server = Hapi.server({ port: 3001 });

server.route({
  method: 'GET',
  path: '/auth/callback',
  handler: async (request, h) => {
    const basic = Buffer.from(`${process.env.KC_CLIENT_ID}:${process.env.KC_CLIENT_SECRET}`).toString('base64');
    const res = await fetch(`${REALM}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: request.query.code, redirect_uri: 'https://members.example.org/auth/callback' }),
    });
    const tokens = await res.json();
    request.yar.set('tokens', tokens);
    return h.redirect(request.query.state ? decodeURIComponent(request.query.state) : '/');
  },
});

await server.start();
