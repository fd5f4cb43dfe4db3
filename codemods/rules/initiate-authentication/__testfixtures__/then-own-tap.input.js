// The file's own tap(effect) handed to .then: the effect sees the answer, the chain keeps it.
import axios from 'axios';
import { audit } from './audit.js';

const tap = (effect) => async (value) => {
  await effect(value);
  return value;
};

export function startStepUp(user) {
  return axios
    .post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: user.enrollmentRef },
      { auth: { username: process.env.NV_TOKEN, password: process.env.NV_SECRET } })
    .then(({ data }) => data)
    .then(tap((started) => audit('step-up', started.transactionReference)))
    .then((started) => started.redirectUrl);
}
