// Handlers registered on a router taken from another module, reached as members: a method of a handlers object, an
// export of this module, a controller's bound method, and a named handler an arrow calls. Each reads only
// transactionReference / transactionResult (a payment webhook reads those too): the Jumio route path proves them.
const router = require('./router');
const { saveAuthentication, saveEnrolment } = require('./store');

const handlers = {
  async authentication(req, res) {
    const { transactionReference, transactionResult } = req.body;
    await saveAuthentication(transactionReference, transactionResult === 'PASSED');
    res.sendStatus(200);
  },
};

exports.retryCallback = async (req, res) => {
  await saveAuthentication(req.body.transactionReference, req.body.transactionResult === 'PASSED');
  res.sendStatus(204);
};

class CallbackController {
  async enrolment(req, res) {
    await saveEnrolment(req.body.transactionReference, req.body.transactionResult);
    res.sendStatus(200);
  }
}
const controller = new CallbackController();

async function legacyCallback(req, res) {
  const { transactionReference, transactionResult } = req.body;
  await saveAuthentication(transactionReference, transactionResult === 'PASSED');
  res.end();
}

router.post('/jumio/authentication-callback', handlers.authentication);
router.post('/jumio/authentication-callback/retry', exports.retryCallback);
router.post('/jumio/enrolment-callback', controller.enrolment.bind(controller));
router.post('/netverify/callback', (req, res) => legacyCallback(req, res));
