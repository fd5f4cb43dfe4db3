export async function startKyc(user) {
  const payload = { customerInternalReference: user.id, userReference: user.id, callbackUrl: process.env.CALLBACK };
  payload.successUrl = `${process.env.APP}/kyc/done`;
  const result = (await (await fetch('https://lon.netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Basic ' + process.env.JUMIO_B64 },
    body: JSON.stringify(payload),
  })).json())?.redirectUrl;
  return result;
}
