const axios = require('axios');
const { audit } = require('./audit');

const auth = { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET };

// Handlers of this file, each given the response at one place only: their reads move.
function showStarted(started) {
  console.log('open', started.redirectUrl);
  return started.transactionReference;
}

const remember = async (res, { transactionReference: ref }) => {
  await res.locals.db.save({ ref });
};

// Used twice (also with a stored record): its reads are not the response's alone.
function logRef(r) {
  console.log(r.transactionReference);
}

exports.start = (req, res) =>
  axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: req.user.ref }, { auth })
    .then((response) => response.data)
    .then(showStarted)
    .then((ref) => res.json({ ref }));

exports.startAgain = async (req, res) => {
  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: req.user.ref }, { auth });
  await remember(res, data);
  logRef(data);
  audit(data);
  res.redirect(data.redirectUrl);
};

exports.replay = (record) => logRef(record);
