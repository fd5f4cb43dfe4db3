// The answer kept in the session, read back by a later request: a session may hold an answer stored before the
// migration, so its reads are not followed — only the "leaves whole" item at the store.
const axios = require('axios');

async function startFaceLogin(req, res) {
  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: req.user.enrollment },
    { auth: { username: process.env.NV_TOKEN, password: process.env.NV_SECRET } });
  req.session.faceLogin = data;
  res.redirect('/face-login/continue');
}

function continueFaceLogin(req, res) {
  res.redirect(req.session.faceLogin.redirectUrl);
}

module.exports = { startFaceLogin, continueFaceLogin };
