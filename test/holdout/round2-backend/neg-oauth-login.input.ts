import { Issuer, generators } from 'openid-client';
import type { Request, Response } from 'express';

const issuer = await Issuer.discover('https://login.example-idp.com/.well-known/openid-configuration');
const client = new issuer.Client({
  client_id: process.env.OIDC_CLIENT_ID!,
  client_secret: process.env.OIDC_CLIENT_SECRET!,
  redirect_uris: ['https://app.example.com/auth/callback'],
});

export function login(req: Request, res: Response) {
  const codeVerifier = generators.codeVerifier();
  req.session.codeVerifier = codeVerifier;
  const redirectUrl = client.authorizationUrl({
    scope: 'openid email',
    code_challenge: generators.codeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  res.redirect(redirectUrl);
}

export async function callback(req: Request, res: Response) {
  const params = client.callbackParams(req);
  const tokenSet = await client.callback('https://app.example.com/auth/callback', params, { code_verifier: req.session.codeVerifier });
  req.session.authorizationToken = tokenSet.access_token;
  res.redirect('/');
}
