// convict schema of the app's own auth: tokenLifetimeInMinutes and an OAuth redirectUrl (not Jumio): untouched.
import convict from 'convict';

export const config = convict({
  auth: {
    tokenLifetimeInMinutes: { doc: 'Access token lifetime', format: 'nat', default: 30, env: 'AUTH_TOKEN_MINUTES' },
    redirectUrl: { doc: 'OAuth redirect URL', format: 'url', default: 'https://app.acme.example/oauth/callback', env: 'AUTH_REDIRECT_URL' },
    issuer: { doc: 'OIDC issuer', format: 'url', default: 'https://id.acme.example', env: 'AUTH_ISSUER' },
  },
});

config.validate({ allowed: 'strict' });
