// Data access the JavaScript modules of this corpus import (a stand-in for the customers' own modules; never an input).
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export async function findPayout(payoutId) {
  const { rows } = await pool.query(
    'SELECT p.id, c.id AS claimant_id, c.netverify_reference, c.kyx_account_id, c.kyx_id_credential_id FROM payouts p JOIN claimants c ON c.id = p.claimant_id WHERE p.id = $1',
    [payoutId],
  );
  if (rows.length === 0) throw new Error(`unknown payout ${payoutId}`);
  return {
    id: rows[0].id,
    claimant: {
      id: rows[0].claimant_id,
      netverifyReference: rows[0].netverify_reference,
      kyxAccountId: rows[0].kyx_account_id,
      kyxIdCredentialId: rows[0].kyx_id_credential_id,
    },
  };
}

export async function savePayoutStepUp(payoutId, reference) {
  await pool.query('UPDATE payouts SET face_login_reference = $2 WHERE id = $1', [payoutId, reference]);
}

export async function findPayoutChange(changeId) {
  const { rows } = await pool.query('SELECT id, claimant_id, face_login_reference FROM payout_changes WHERE id = $1', [changeId]);
  if (rows.length === 0) throw new Error(`unknown payout change ${changeId}`);
  return { id: rows[0].id, claimantId: rows[0].claimant_id, faceLoginReference: rows[0].face_login_reference };
}

export async function recordFaceLoginDecision(changeId, reference, passed, decidedAt) {
  await pool.query(
    'UPDATE payout_changes SET face_login_reference = $2, face_login_passed = $3, face_login_decided_at = $4 WHERE id = $1',
    [changeId, reference, passed, decidedAt],
  );
}

