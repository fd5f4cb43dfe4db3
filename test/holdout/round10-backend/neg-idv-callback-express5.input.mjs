// Express 5: the ID Verification callback (NETVERIFYID), another Jumio product's form callback.
import express from 'express';
import { saveScan } from './store.js';

export const idv = express.Router();

idv.post('/hooks/id-verification', express.urlencoded({ extended: false }), async (req, res) => {
  const { callBackType, jumioIdScanReference, verificationStatus, idScanStatus, customerId } = req.body;
  if (callBackType !== 'NETVERIFYID') return res.sendStatus(204);
  if (verificationStatus === 'APPROVED_VERIFIED' && idScanStatus === 'SUCCESS') await saveScan(customerId, jumioIdScanReference);
  res.sendStatus(200);
});
