'use strict';
// Data access the CommonJS routes of this corpus require (a stand-in for the customers' own modules; never an input).
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function findTransferForStepUp(transferId, memberId) {
  const { rows } = await pool.query(
    `SELECT t.id, m.member_id, m.enrollment_ref, m.kyx_account_id, m.kyx_id_credential_id
       FROM transfers t JOIN members m ON m.member_id = t.sender_id
      WHERE t.id = $1 AND t.sender_id = $2 AND t.status = 'HELD'`,
    [transferId, memberId],
  );
  if (rows.length === 0) return null;
  const row = rows[0];
  return {
    id: row.id,
    sender: {
      memberId: row.member_id,
      netverifyEnrollmentRef: row.enrollment_ref,
      kyxAccountId: row.kyx_account_id,
      kyxIdCredentialId: row.kyx_id_credential_id,
    },
  };
}

async function saveTransferStepUp(transferId, reference, startedAt) {
  await pool.query('UPDATE transfers SET step_up_reference = $2, step_up_started_at = $3 WHERE id = $1', [transferId, reference, startedAt]);
}

async function findPolicyholder(policyholderId) {
  const { rows } = await pool.query('SELECT id FROM policyholders WHERE id = $1', [policyholderId]);
  return rows[0] ?? null;
}

async function saveIdentityCheck(policyholderId, reference, startedAt) {
  await pool.query('UPDATE policyholders SET identity_reference = $2, identity_started_at = $3 WHERE id = $1', [policyholderId, reference, startedAt]);
}

async function recordFaceLoginOutcome(outcome) {
  await pool.query(
    'UPDATE face_logins SET result = $2, passed = $3, decided_at = $4 WHERE reference = $1 AND enrollment_ref = $5',
    [outcome.reference, outcome.result, outcome.passed, outcome.decidedAt, outcome.enrollment],
  );
}

async function recordSettlement(notification) {
  await pool.query(
    'UPDATE card_sales SET settlement_result = $2, settled_at = $3 WHERE acquirer_reference = $1 AND merchant_account = $4',
    [notification.reference, notification.result, notification.settledAt, notification.merchantAccount],
  );
}

module.exports = { findTransferForStepUp, saveTransferStepUp, findPolicyholder, saveIdentityCheck, recordFaceLoginOutcome, recordSettlement };
