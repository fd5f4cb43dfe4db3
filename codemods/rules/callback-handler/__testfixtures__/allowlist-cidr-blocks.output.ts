// The callback route admits only the legacy US callback sources, kept as one-address CIDR blocks (a firewall
// export pasted as is) and checked with ip-range-check.
import express from 'express';
import ipRangeCheck from 'ip-range-check';
import { recordFaceLogin } from './store';

// TODO(netverify-migrate): callback-handler: legacy Jumio callback source allowlist: KYX callbacks come from callback.amer-1.jumio.ai (34.202.241.227, 34.226.103.119, 34.226.254.127, 52.8.136.236, 54.177.61.57, 54.183.15.212); callback.emea-1.jumio.ai (34.253.41.236, 35.157.27.193, 52.48.0.25, 52.57.194.92, 52.58.113.86, 52.209.180.134); callback.apac-1.jumio.ai (3.0.109.121, 52.76.184.73, 52.77.102.92, 13.238.100.17, 13.238.203.238, 52.64.132.26) per the newer docs; resolve the hostname rather than hard-coding IPs
const JUMIO_CALLBACK_BLOCKS = [
  '34.202.241.227/32',
  '34.226.103.119/32',
  '52.52.51.178/32',
];

export const callbacks = express.Router();

// TODO(netverify-migrate): callback-handler: legacy Jumio authentication callback: KYX posts application/json (not application/x-www-form-urlencoded: parse JSON, and accept both while you switch) with only callbackSentAt, userReference, workflowExecution { id, href, definitionKey "9", status PROCESSED | SESSION_EXPIRED | TOKEN_EXPIRED } and account { id, href }, and no result or images: store it, answer 200, then GET workflowExecution.href (retrieval API, OAuth2 Bearer token) for the decision (transactionResult: CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED). Fields read here: transactionReference → workflowExecution.id (exact: renamed); transactionResult → retrieval capabilities.authentication[].decision.type (derived: not in the callback: call retrieval); enrollmentTransactionReference → gone (lost: closest is account.id; keep your own mapping). Callback sources change: allow callback.amer-1.jumio.ai, callback.emea-1.jumio.ai, callback.apac-1.jumio.ai (see MIGRATION.md). Or keep this handler unchanged behind the shim (netverify-migrate shim serve: its POST /callbacks/kyx re-sends KYX callbacks here in the legacy form).
callbacks.post('/jumio/authentication', express.urlencoded({ extended: false }), async (req, res) => {
  if (!ipRangeCheck(req.ip ?? '', JUMIO_CALLBACK_BLOCKS)) return res.sendStatus(403);
  const { transactionReference, transactionResult, enrollmentTransactionReference } = req.body;
  await recordFaceLogin(enrollmentTransactionReference, transactionReference, transactionResult === 'PASSED');
  res.sendStatus(200);
});
