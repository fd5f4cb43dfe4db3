import bent from 'bent';

const putJson = bent('POST', 'json', 200);

export async function faceLogin(user) {
  const result = await putJson('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    enrollmentTransactionReference: user.enrollmentRef,
    userReference: user.id,
    tokenLifetimeInMinutes: 60,
  }, { Authorization: `Basic ${process.env.JUMIO_BASIC}`, Accept: 'application/json' });
  return result.redirectUrl;
}
