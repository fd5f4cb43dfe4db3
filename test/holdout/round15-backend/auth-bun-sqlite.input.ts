// Bun (US): a Bun.serve route that starts the face login with fetch and keeps the reference in bun:sqlite.
import { Database } from 'bun:sqlite';

const db = new Database('face-login.sqlite');
const insert = db.prepare('INSERT INTO face_logins (user_id, reference) VALUES (?, ?)');
const auth = 'Basic ' + btoa(`${Bun.env.JUMIO_API_TOKEN}:${Bun.env.JUMIO_API_SECRET}`);

Bun.serve({
  routes: {
    '/face-login/:user': {
      POST: async (req) => {
        const { enrollment } = (await req.json()) as { enrollment: string };
        const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
          method: 'POST',
          headers: { Authorization: auth, 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: req.params.user, errorUrl: 'https://acme.example/face/failed' }),
        });
        const started = (await res.json()) as { redirectUrl: string; transactionReference: string };
        insert.run(req.params.user, started.transactionReference);
        return Response.redirect(started.redirectUrl, 303);
      },
    },
  },
});
