import { $fetch } from 'ofetch';

interface AuthnResponse {
  stateToken: string;
  status: 'SUCCESS' | 'MFA_REQUIRED' | 'LOCKED_OUT';
  _links?: { next?: { href: string } };
}

export async function primaryAuthentication(username: string, password: string, redirectUrl: string) {
  const res = await $fetch<AuthnResponse>('https://example.okta.com/api/v1/authn', {
    method: 'POST',
    body: { username, password, options: { warnBeforePasswordExpired: true }, context: { redirectUrl } },
  });
  return res.status === 'SUCCESS' ? { redirectUrl, stateToken: res.stateToken } : { mfa: res._links?.next?.href };
}
