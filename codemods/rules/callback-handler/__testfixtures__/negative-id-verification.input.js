// The legacy ID Verification (enrolment) callback shares callBackType and idScanImageFace: not an authentication.
const express = require('express');
const app = express();
app.post('/jumio/idv', express.urlencoded({ extended: false }), (req, res) => {
  if (req.body.callBackType === 'NETVERIFYID') {
    console.log(req.body.jumioIdScanReference, req.body.verificationStatus, req.body.idScanImageFace, req.body.callbackDate);
  }
  res.sendStatus(200);
});
module.exports = app;
