// The ID-verification callback (NETVERIFYID, another Jumio product) on an Express 5 route; no enrolment of the run posts here.
const express = require('express');
const { saveScan } = require('./store');

const router = express.Router();

router.post('/kyc/netverify-result', express.urlencoded({ extended: true }), async (req, res) => {
  if (req.body.callBackType !== 'NETVERIFYID') return res.sendStatus(204);
  await saveScan(req.body.jumioIdScanReference, { status: req.body.verificationStatus, idType: req.body.idType, face: req.body.idScanImageFace });
  res.sendStatus(200);
});

module.exports = router;
