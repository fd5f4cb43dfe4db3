'use strict';
// Data access the CommonJS services of this corpus require (a stand-in for the customers' own modules; never an input).
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function saveCoBorrowerVerification(applicationId, coBorrowerId, scanReference) {
  await pool.query(
    'UPDATE co_borrowers SET id_scan_reference = $3, id_check_started_at = now() WHERE application_id = $1 AND id = $2',
    [applicationId, coBorrowerId, scanReference],
  );
}

async function settleCardUnlock(reference, passed, faceImageUrl) {
  await pool.query('UPDATE card_unlocks SET passed = $2, face_image_url = $3, decided_at = now() WHERE face_login_ref = $1', [
    reference,
    passed,
    faceImageUrl,
  ]);
}

const outbox = {
  async publish(topic, payload) {
    await pool.query('INSERT INTO outbox (topic, payload) VALUES ($1, $2)', [topic, JSON.stringify(payload)]);
  },
};

module.exports = { saveCoBorrowerVerification, settleCardUnlock, outbox };
