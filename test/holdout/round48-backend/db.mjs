// Data access the ESM modules of this corpus import (a stand-in for the customers' own modules; never an input).
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL ?? process.env.CLAIMS_DATABASE_URL });

export async function findMemberForPayee(memberNo, payeeId) {
  const { rows } = await pool.query(
    'SELECT m.member_no, m.enrollment_ref FROM payees p JOIN members m ON m.member_no = p.member_no WHERE p.id = $1 AND p.member_no = $2',
    [payeeId, memberNo],
  );
  return rows[0] ? { memberNo: rows[0].member_no, netverifyEnrollmentRef: rows[0].enrollment_ref } : null;
}

export async function recordPayeeStepUp(payeeId, reference) {
  await pool.query('UPDATE payees SET step_up_reference = $2 WHERE id = $1', [payeeId, reference]);
}

export async function findDriverApplication(applicationId, driverSub) {
  const { rows } = await pool.query('SELECT id, driver_id FROM driver_applications WHERE id = $1 AND driver_sub = $2', [applicationId, driverSub]);
  return rows[0] ? { id: rows[0].id, driverId: rows[0].driver_id } : null;
}

export async function saveIdentityCheck(applicationId, reference, startedAt) {
  await pool.query('UPDATE driver_applications SET identity_reference = $2, identity_started_at = $3 WHERE id = $1', [applicationId, reference, startedAt]);
}

export async function findPayoutChange(changeId) {
  const { rows } = await pool.query('SELECT id, face_login_reference FROM payout_changes WHERE id = $1', [changeId]);
  return rows[0] ? { id: rows[0].id, faceLoginReference: rows[0].face_login_reference } : null;
}

export async function settlePayoutChange(changeId, outcome, reference) {
  await pool.query('UPDATE payout_changes SET outcome = $2, face_login_reference = $3 WHERE id = $1', [changeId, outcome, reference]);
}
