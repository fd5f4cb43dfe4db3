// Face-authentication notifications (Express 4, CommonJS). Only the US data centre's callback addresses may post
// here; the handler is wrapped by express-async-handler.
const express = require('express');
const asyncHandler = require('express-async-handler');
const db = require('./db.cjs');

const JUMIO_US_CALLBACK_IPS = new Set(['34.202.241.227', '34.226.103.119', '34.226.254.127', '52.52.51.178', '52.53.95.123', '54.67.101.173']);

const router = express.Router();

router.post(
  '/identity/face-auth/notify',
  express.urlencoded({ extended: true }),
  asyncHandler(async (req, res) => {
    if (!JUMIO_US_CALLBACK_IPS.has(req.ip)) {
      res.sendStatus(403);
      return;
    }
    const f = req.body;
    await db.faceLogins.update(f['transactionReference'], {
      enrollment: f['enrollmentTransactionReference'],
      result: f['transactionResult'],
      face: f['idScanImageFace'],
      user: f['userReference'],
    });
    res.sendStatus(200);
  }),
);

module.exports = router;
