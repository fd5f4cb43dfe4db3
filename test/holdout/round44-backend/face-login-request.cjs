// Builds the face-login initiate request the member app sends (one place for the fields the vendor's guide lists),
// shared by the API route and the re-authentication worker.
const DEFAULT_LINK_MINUTES = 15;

function buildFaceLoginRequest(member, { locale, returnTo, minutes = DEFAULT_LINK_MINUTES } = {}) {
  return {
    enrollmentTransactionReference: member.jumioEnrollment,
    userReference: member.id,
    successUrl: `${returnTo}/face-login/complete`,
    errorUrl: `${returnTo}/face-login/error`,
    locale: locale || member.locale || 'en',
    tokenLifetimeInMinutes: minutes,
  };
}

module.exports = { buildFaceLoginRequest };
