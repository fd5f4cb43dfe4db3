// Back-office lookups of Jumio data for the Cobalt support console (US data centre). One axios instance on the
// Netverify v2 retrieval API serves the ID-verification scans of account opening (status, verification data, and the
// GDPR deletion the privacy team triggers) and the face-login results of the card-reissue flow.
'use strict';

const axios = require('axios');

const netverify = axios.create({
  baseURL: 'https://netverify.com/api/netverify/v2',
  auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
  headers: { Accept: 'application/json', 'User-Agent': 'Cobalt Support Console/2.8' },
  timeout: 10000,
});

/** Account opening: where is the ID scan? */
async function scanStatus(scanReference) {
  const { data } = await netverify.get(`/scans/${scanReference}`);
  return { scanReference: data.scanReference, status: data.status };
}

/** Account opening: MRZ and selfie checks, for the agent's checklist. */
async function scanVerification(scanReference) {
  const { data } = await netverify.get(`/scans/${scanReference}/data/verification`);
  return { mrzCheck: data.mrzCheck || null, identity: data.identityVerification || null };
}

/** Privacy team: erase the scan's images and data at Jumio (right to erasure). */
async function deleteScan(scanReference) {
  await netverify.delete(`/scans/${scanReference}`);
  return { deleted: scanReference, at: new Date().toISOString() };
}

/** Card reissue: did the customer pass the face login? */
async function faceLoginResult(reference) {
  const { data } = await netverify.get(`/authentications/${reference}`);
  return {
    reference,
    result: data.transactionResult,
    member: data.userReference || null,
    checkedAt: new Date().toISOString(),
  };
}

module.exports = { scanStatus, scanVerification, deleteScan, faceLoginResult };
