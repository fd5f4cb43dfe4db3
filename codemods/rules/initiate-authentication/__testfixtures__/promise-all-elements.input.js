const express = require('express');
const axios = require('axios');

const router = express.Router();
const auth = { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET };

async function startJumio(user) {
  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', {
    enrollmentTransactionReference: user.enrollmentRef,
  }, { auth });
  return data;
}

// The call and the audit request run together; the route reads the element holding the response.
router.post('/verify/start', async (req, res) => {
  const [started, audit] = await Promise.all([startJumio(req.user), axios.post('https://audit.example.com/events', { user: req.user.id })]);
  res.json({ url: started.redirectUrl, audited: audit.data.redirectUrl });
});

router.post('/verify/again', async (req, res) => {
  const results = await Promise.all([loadUser(req), startJumio(req.user)]);
  res.json({ user: results[0].redirectUrl, ref: results[1].transactionReference });
});

router.post('/verify/then', (req, res) => {
  Promise.all([startJumio(req.user), loadUser(req)]).then(([{ redirectUrl }, user]) => res.json({ redirectUrl, name: user.redirectUrl }));
});

async function loadUser(req) {
  return req.db.users.find(req.user.id);
}

module.exports = router;
