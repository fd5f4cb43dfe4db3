// Zuiderzee Verzekeringen (NL) retention: the face logins of policy holders are kept at the vendor for 180 days and
// then deleted there. Run as a Kubernetes CronJob (`node scripts/purge-face-logins.mjs`), ESM, undici, pg.
import pg from 'pg';
import { request } from 'undici';

const NV_EU_AUTHENTICATIONS = 'https://lon.netverify.com/api/netverify/v2/authentications';
const NV_BASIC = 'Basic ' + Buffer.from(`${process.env.ZUIDERZEE_NV_TOKEN}:${process.env.ZUIDERZEE_NV_SECRET}`).toString('base64');
const BATCH = 200;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

let purged = 0;
for (;;) {
  const { rows } = await pool.query(
    `SELECT id, reference FROM face_logins
      WHERE purged_at IS NULL AND created_at < now() - interval '180 days'
      ORDER BY created_at
      LIMIT $1`,
    [BATCH],
  );
  if (rows.length === 0) break;

  for (const row of rows) {
    const { statusCode, body } = await request(`${NV_EU_AUTHENTICATIONS}/${encodeURIComponent(row.reference)}`, {
      method: 'DELETE',
      headers: { authorization: NV_BASIC, 'user-agent': 'Zuiderzee-Retention/2.0' },
    });
    await body.dump();
    // 404: the vendor has nothing under this reference any more, which is what we wanted.
    if (statusCode >= 400 && statusCode !== 404) {
      throw new Error(`delete of face login ${row.reference} failed: HTTP ${statusCode}`);
    }
    await pool.query('UPDATE face_logins SET purged_at = now() WHERE id = $1', [row.id]);
    purged += 1;
  }
}

console.log(`face logins deleted at the vendor: ${purged}`);
await pool.end();
