// Face login result callback of the club app (Express 4, CommonJS). The handlers of each area live in one controller
// object; the router below maps the paths onto them.
const express = require('express');
const db = require('./db.cjs');

const faceLoginController = {
  result(req, res) {
    const {
      transactionReference: reference,
      enrollmentTransactionReference: enrolment = null,
      transactionResult: outcome = 'INVALID',
      callbackDate: receivedAt,
    } = req.body;
    switch (outcome) {
      case 'PASSED':
        db.markFaceLogin(reference, { enrolment, passed: true, receivedAt });
        break;
      case 'FAILED':
      case 'INVALID':
        db.markFaceLogin(reference, { enrolment, passed: false, receivedAt });
        break;
      case 'EXPIRED':
      default:
        db.expireFaceLogin(reference);
    }
    res.sendStatus(200);
  },
};

const router = express.Router();
router.post('/jumio/face-login-result', express.urlencoded({ extended: false }), faceLoginController.result);

module.exports = router;
