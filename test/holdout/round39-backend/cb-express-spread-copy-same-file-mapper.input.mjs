// Face-login results pushed by Jumio (form-encoded POST) for the Orchard Mutual app. The parsed form is copied before
// anything touches it (body-parser hands over an object without a prototype) and shaped for the ledger by toOutcome.
// A repeated callback for the same reference is ignored.
import express from 'express';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 5 });

export const app = express();
app.disable('x-powered-by');

app.post('/webhooks/jumio/face-login', express.urlencoded({ extended: false, limit: '64kb' }), async (req, res) => {
  const form = { ...req.body };
  if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') return res.sendStatus(204);

  const outcome = toOutcome(form);
  await pool.query(
    `insert into face_login_outcomes (reference, enrolment, result, passed, face_image_url, decided_at)
     values ($1, $2, $3, $4, $5, $6)
     on conflict (reference) do nothing`,
    [outcome.reference, outcome.enrolment, outcome.result, outcome.passed, outcome.faceImageUrl, outcome.decidedAt],
  );
  res.sendStatus(200);
});

function toOutcome({
  transactionReference: reference,
  enrollmentTransactionReference: enrolment = null,
  transactionResult: result = 'INVALID',
  idScanImageFace: faceImageUrl = null,
  transactionDate: decidedAt,
}) {
  return { reference, enrolment, result, passed: result === 'PASSED', faceImageUrl, decidedAt };
}

app.listen(Number(process.env.PORT ?? 8080));
