// Clients loaded lazily with import(): got destructured, axios through .default.
export async function faceCheckWithGot(member) {
  const { default: got } = await import('got');
  const started = await got
    .post('https://netverify.com/api/authentication/v1/web/initiate', {
      json: { enrollmentTransactionReference: member.enrollmentRef, userReference: member.id },
      username: process.env.JUMIO_KEY,
      password: process.env.JUMIO_SECRET,
    })
    .json();
  return started.redirectUrl;
}

export async function faceCheckWithAxios(member) {
  const axios = (await import('axios')).default;
  const { data } = await axios.post('https://lon.netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: member.enrollmentRef, userReference: member.id },
    { auth: { username: process.env.JUMIO_KEY, password: process.env.JUMIO_SECRET } });
  return data.transactionReference;
}
