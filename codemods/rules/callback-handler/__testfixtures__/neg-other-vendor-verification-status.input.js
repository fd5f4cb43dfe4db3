// Another identity vendor's webhook: its decision is also called verificationStatus, and it has a scan status too.
const express = require('express');
const router = express.Router();

router.post('/webhooks/idnow', express.json(), async (req, res) => {
  const { verificationStatus, scanStatus, identificationId } = req.body;
  await req.app.locals.kyc.record(identificationId, verificationStatus, scanStatus);
  res.sendStatus(204);
});

module.exports = router;
