'use strict';
// Data access the CommonJS routes of this corpus require (a stand-in for the customers' own modules; never an input).
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function findGuarantor(offerId, guarantorId) {
  const { rows } = await pool.query('SELECT id, email, full_name FROM guarantors WHERE offer_id = $1 AND id = $2', [offerId, guarantorId]);
  return rows[0] ?? null;
}

async function saveGuarantorVerification(guarantorId, reference, startedAt) {
  await pool.query('UPDATE guarantors SET identity_reference = $2, identity_started_at = $3 WHERE id = $1', [guarantorId, reference, startedAt]);
}

module.exports = { findGuarantor, saveGuarantorVerification };
