// The slot is written twice in the file (a fallback object elsewhere): its reads may be of the other value, so they
// are not followed — only the "leaves whole" item at the store.
const axios = require('axios');

async function startFaceLogin(req, res, next) {
  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: req.user.enrollment },
    { auth: { username: process.env.NV_TOKEN, password: process.env.NV_SECRET } });
  res.locals.faceLogin = data;
  next();
}

function skip(req, res, next) {
  res.locals.faceLogin = { redirectUrl: '/already-verified' };
  next();
}

function answer(req, res) {
  res.redirect(res.locals.faceLogin.redirectUrl);
}

module.exports = { startFaceLogin, skip, answer };
