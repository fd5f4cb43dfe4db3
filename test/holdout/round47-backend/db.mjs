// Data access the ESM routes of this corpus import (a stand-in for the customers' own modules; never an input).
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export async function findMember(memberNo) {
  const { rows } = await pool.query('SELECT member_no, jumio_enrollment_ref, language FROM members WHERE member_no = $1', [memberNo]);
  if (rows.length === 0) return null;
  return { memberNo: rows[0].member_no, jumioEnrollmentRef: rows[0].jumio_enrollment_ref, language: rows[0].language };
}

export async function recordRedemptionStepUp(voucherId, memberNo, reference) {
  await pool.query('INSERT INTO redemption_step_ups (voucher_id, member_no, reference) VALUES ($1, $2, $3)', [voucherId, memberNo, reference]);
}

export async function findShopper(shopperId) {
  const { rows } = await pool.query('SELECT shopper_id, language FROM shoppers WHERE shopper_id = $1', [shopperId]);
  return rows[0] ? { shopperId: rows[0].shopper_id, language: rows[0].language } : null;
}

export async function recordCheckout(orderId, reference) {
  await pool.query('UPDATE orders SET psp_reference = $2 WHERE id = $1', [orderId, reference]);
}

export async function findCustomerByLoginEmail(email) {
  const { rows } = await pool.query('SELECT id FROM customers WHERE lower(login_email) = $1', [email]);
  return rows[0] ?? null;
}

export async function recordFaceLoginResult(customerId, result) {
  await pool.query(
    'INSERT INTO face_login_results (customer_id, reference, passed, result, decided_at) VALUES ($1, $2, $3, $4, $5)',
    [customerId, result.reference, result.passed, result.result, result.decidedAt],
  );
}
