const headers = {
  'Content-Type': 'application/json',
  Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'),
};

export async function startFaceLogin(enrollmentReference) {
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers,
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference }),
  });
  return (await res.json()).redirectUrl;
}

// A config built elsewhere with headers built elsewhere again: no place for the Bearer header is proven.
const sharedInit = { headers: sharedHeaders() };
function sharedHeaders() {
  return { Authorization: `Basic ${process.env.JUMIO_BASIC}` };
}
export async function startWithSharedInit(enrollmentReference) {
  const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    ...sharedInit,
    method: 'POST',
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference }),
  });
  return (await res.json()).redirectUrl;
}
