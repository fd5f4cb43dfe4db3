// Nightly reconciliation of pending face logins (TypeScript script, node-postgres, the global fetch). The reference
// comes from the row the initiate stored; US data centre.
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const JUMIO_AUTH = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

interface PendingRow {
  id: number;
  jumio_reference: string;
}

export async function reconcileFaceLogin(id: number): Promise<void> {
  const { rows } = await pool.query<PendingRow>('SELECT id, jumio_reference FROM face_logins WHERE id = $1', [id]);
  if (rows.length === 0) return;
  const reference = rows[0].jumio_reference;
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Accept: 'application/json', Authorization: JUMIO_AUTH, 'User-Agent': 'Acme Reconciler/1.2' },
  });
  if (!res.ok) throw new Error(`retrieval of ${reference} failed: ${res.status}`);
  const details = (await res.json()) as { transactionReference: string; transactionResult: string; userReference?: string };
  await pool.query('UPDATE face_logins SET status = $1, user_ref = $2 WHERE jumio_reference = $3', [
    details.transactionResult,
    details.userReference ?? null,
    details.transactionReference,
  ]);
}
