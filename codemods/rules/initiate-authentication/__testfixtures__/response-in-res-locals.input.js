// A middleware starts the face login and keeps the answer in res.locals for the route's next handler, which reads it
// from there: the file's only write to that slot, so the reads move (the slot still leaves: views read res.locals).
const axios = require('axios');

async function startFaceLogin(req, res, next) {
  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: req.user.enrollment, userReference: req.user.id },
    { auth: { username: process.env.NV_TOKEN, password: process.env.NV_SECRET } });
  res.locals.faceLogin = data;
  next();
}

function answer(req, res) {
  res.status(201).json({ url: res.locals.faceLogin.redirectUrl, reference: res.locals.faceLogin.transactionReference });
}

module.exports = { startFaceLogin, answer };
