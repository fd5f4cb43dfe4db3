// OAuth 2.0 pushed authorization request (RFC 9126) to the bank's identity provider; the browser is sent to the
// authorization endpoint with the request_uri.
import got from 'got';

export async function startBankLogin(state: string, codeChallenge: string): Promise<{ redirectUrl: string }> {
  const par = await got
    .post('https://idp.acme-bank.example/oauth2/par', {
      form: {
        client_id: process.env.OIDC_CLIENT_ID,
        response_type: 'code',
        scope: 'openid profile',
        redirect_uri: 'https://app.acme.example/auth/callback',
        state,
        code_challenge: codeChallenge,
        code_challenge_method: 'S256',
      },
      username: process.env.OIDC_CLIENT_ID,
      password: process.env.OIDC_CLIENT_SECRET,
    })
    .json<{ request_uri: string; expires_in: number }>();
  const redirectUrl = `https://idp.acme-bank.example/oauth2/authorize?client_id=${process.env.OIDC_CLIENT_ID}&request_uri=${encodeURIComponent(par.request_uri)}`;
  return { redirectUrl };
}
