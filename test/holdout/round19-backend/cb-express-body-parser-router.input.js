// Jumio callbacks (Express 4, CommonJS). The app mounts this router at /jumio: app.use('/jumio', require('./callbacks')).
const express = require('express');
const bodyParser = require('body-parser');
const db = require('./db');

const router = express.Router();
router.use(bodyParser.urlencoded({ extended: false }));

router.post('/authentication', async (req, res) => {
  const form = req.body;
  if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') return res.sendStatus(400);
  const liveness = form.livenessImages ? JSON.parse(form.livenessImages) : [];
  await db.faceLogins.update(form.transactionReference, {
    enrollment: form.enrollmentTransactionReference,
    result: form.transactionResult,
    finishedAt: form.transactionDate,
    faceImage: form.idScanImageFace,
    livenessCount: liveness.length,
  });
  res.sendStatus(200);
});

module.exports = router;
