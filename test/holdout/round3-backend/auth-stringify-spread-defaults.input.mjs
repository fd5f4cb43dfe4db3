import fetch from 'node-fetch';

const AUTH_DEFAULTS = {
  locale: 'en-GB',
  tokenLifetimeInMinutes: 30,
  successUrl: 'https://members.example.org/verify/complete',
  errorUrl: 'https://members.example.org/verify/error',
};

const NETVERIFY_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

export async function initiateMemberReauth(member, overrides = {}) {
  const res = await fetch(NETVERIFY_INITIATE, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Basic ${process.env.JUMIO_BASIC}`,
    },
    body: JSON.stringify({
      ...AUTH_DEFAULTS,
      ...overrides,
      enrollmentTransactionReference: member.enrollmentRef,
      userReference: member.number,
    }),
  });
  const body = await res.json();
  return body.redirectUrl;
}
