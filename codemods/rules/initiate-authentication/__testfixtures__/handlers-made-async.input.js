import express from 'express';
import axios from 'axios';

const router = express.Router();
const JUMIO_AUTH = 'https://netverify.com/api/authentication/v1/web/initiate';
const auth = { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET };

// Errors reach next() through .catch: after the migration a failed token fetch or account lookup would not.
router.post('/face-login', (req, res, next) => {
  axios
    .post(JUMIO_AUTH, { enrollmentTransactionReference: req.user.scanRef }, { auth })
    .then((r) => res.redirect(r.data.redirectUrl))
    .catch(next);
});

// A handler passed to the framework: its rejected promise would go unhandled.
router.post('/face-login/json', (req, res) =>
  fetch(JUMIO_AUTH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + process.env.JUMIO_BASIC },
    body: JSON.stringify({ enrollmentTransactionReference: req.user.scanRef }),
  })
    .then((r) => r.json())
    .then((d) => res.json({ url: d.redirectUrl })));

// Already async and awaited by its caller: nothing extra to flag.
export async function faceLogin(scanRef) {
  const r = await axios.post(JUMIO_AUTH, { enrollmentTransactionReference: scanRef }, { auth });
  return r.data.redirectUrl;
}

export default router;
