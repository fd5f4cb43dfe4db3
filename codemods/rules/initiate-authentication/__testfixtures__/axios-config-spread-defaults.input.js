import axios from 'axios';

const JUMIO_DEFAULTS = {
  auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  headers: { Accept: 'application/json', 'User-Agent': 'Beacon/5.0' },
  timeout: 15000,
};

const FETCH_DEFAULTS = {
  headers: {
    'Content-Type': 'application/json',
    Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'),
  },
};

// The shared defaults carry `auth`: axios would send it instead of the Bearer header.
export async function startWithDefaults(user, requestId) {
  const response = await axios.post(
    'https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: user.enrollmentRef, userReference: user.id },
    { ...JUMIO_DEFAULTS, headers: { ...JUMIO_DEFAULTS.headers, 'X-Request-Id': requestId } },
  );
  return response.data.redirectUrl;
}

// Options from the caller: whatever they hold, auth must not win over the Bearer header.
export async function startWithCallerOptions(user, options) {
  const response = await axios.post(
    'https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: user.enrollmentRef },
    { ...options, timeout: 5000 },
  );
  return response.data.transactionReference;
}

// fetch: a headers object written after the spread would drop Content-Type; it is carried over.
export async function startWithFetchDefaults(user) {
  const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    ...FETCH_DEFAULTS,
    method: 'POST',
    body: JSON.stringify({ enrollmentTransactionReference: user.enrollmentRef }),
  });
  const data = await res.json();
  return data.redirectUrl;
}
