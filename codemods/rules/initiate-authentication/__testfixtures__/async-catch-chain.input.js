// An async function that handles the call's errors with .catch() on the chain: the account lookup and the token are
// awaited before the call, so their failures skip that handler (flagged); inside a try block they would not.
import axios from 'axios';

export async function startStepUp(enrollmentTransactionReference, log) {
  return axios
    .post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference }, {
      auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
    })
    .then((res) => res.data.redirectUrl)
    .catch((err) => {
      log.error(err);
      return null;
    });
}

export async function startStepUpGuarded(enrollmentTransactionReference, log) {
  try {
    return await axios
      .post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference }, {
        auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
      })
      .catch(() => null);
  } catch (err) {
    log.error(err);
    return null;
  }
}
