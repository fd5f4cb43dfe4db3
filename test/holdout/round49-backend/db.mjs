// Data access the ESM routes of this corpus import (a stand-in for the customers' own modules; never an input).
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export async function findClient(clientNo) {
  const { rows } = await pool.query('SELECT client_no, jumio_scan_reference, locale FROM clients WHERE client_no = $1', [clientNo]);
  if (rows.length === 0) return null;
  return { clientNo: rows[0].client_no, jumioScanReference: rows[0].jumio_scan_reference, locale: rows[0].locale };
}

export async function recordWithdrawalAccountStepUp(clientNo, reference) {
  await pool.query('INSERT INTO withdrawal_account_step_ups (client_no, reference) VALUES ($1, $2)', [clientNo, reference]);
}

export async function findAddressChange(changeId) {
  const { rows } = await pool.query(
    'SELECT id, customer_no, face_login_reference, face_check_reference FROM address_changes WHERE id = $1',
    [changeId],
  );
  if (rows.length === 0) return null;
  return {
    id: rows[0].id,
    customerNo: rows[0].customer_no,
    faceLoginReference: rows[0].face_login_reference,
    faceCheckReference: rows[0].face_check_reference,
  };
}

export async function auditConsoleLookup(agentId, changeId, passed) {
  await pool.query('INSERT INTO console_audit (agent_id, change_id, passed, at) VALUES ($1, $2, $3, now())', [agentId, changeId, passed]);
}
