import bent from 'bent';

const okta = bent(`https://${process.env.OKTA_DOMAIN}`, 'POST', 'json', 200);

export async function verifyFactor(stateToken, factorId, passCode) {
  const result = await okta(`/api/v1/authn/factors/${factorId}/verify`, { stateToken, passCode });
  return { status: result.status, redirectUrl: result._links?.next?.href, sessionToken: result.sessionToken };
}
