// The callback route admits only the legacy US callback sources, kept as one-address CIDR blocks (a firewall
// export pasted as is) and checked with ip-range-check.
import express from 'express';
import ipRangeCheck from 'ip-range-check';
import { recordFaceLogin } from './store';

const JUMIO_CALLBACK_BLOCKS = [
  '34.202.241.227/32',
  '34.226.103.119/32',
  '52.52.51.178/32',
];

export const callbacks = express.Router();

callbacks.post('/jumio/authentication', express.urlencoded({ extended: false }), async (req, res) => {
  if (!ipRangeCheck(req.ip ?? '', JUMIO_CALLBACK_BLOCKS)) return res.sendStatus(403);
  const { transactionReference, transactionResult, enrollmentTransactionReference } = req.body;
  await recordFaceLogin(enrollmentTransactionReference, transactionReference, transactionResult === 'PASSED');
  res.sendStatus(200);
});
