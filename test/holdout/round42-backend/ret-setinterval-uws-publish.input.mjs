// Live face-login status for the Prairie Trading desk app (US data centre). The trading client subscribes to its
// member's topic over uWebSockets.js; every 20 seconds a sweep reads each pending face login from the vendor and
// publishes the outcome on that topic once it is final (or gives up after ten minutes). The login service calls
// watchFaceLogin() right after it starts a face login.
import uWS from 'uWebSockets.js';
import superagent from 'superagent';

const SWEEP_EVERY_MS = 20_000;
const GIVE_UP_AFTER_MS = 10 * 60_000;

/** face-login reference → { memberId, since } */
const pending = new Map();

const topicOf = (memberId) => `members/${memberId}/face-login`;

const app = uWS.App().ws('/live/:member', {
  idleTimeout: 60,
  upgrade: (res, req, context) => {
    res.upgrade(
      { member: req.getParameter(0) },
      req.getHeader('sec-websocket-key'),
      req.getHeader('sec-websocket-protocol'),
      req.getHeader('sec-websocket-extensions'),
      context,
    );
  },
  open: (ws) => {
    ws.subscribe(topicOf(ws.getUserData().member));
  },
});

export function watchFaceLogin(reference, memberId) {
  pending.set(reference, { memberId, since: Date.now() });
}

async function pollOnce(reference, { memberId, since }) {
  const res = await superagent
    .get(`https://www.netverify.com/api/netverify/v2/authentications/${encodeURIComponent(reference)}`)
    .auth(process.env.NETVERIFY_API_TOKEN, process.env.NETVERIFY_API_SECRET)
    .set('Accept', 'application/json')
    .set('User-Agent', 'Prairie Trading Desk/5.1')
    .timeout({ response: 8_000, deadline: 15_000 });
  const details = res.body;

  if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') {
    if (Date.now() - since > GIVE_UP_AFTER_MS) {
      pending.delete(reference);
      app.publish(topicOf(memberId), JSON.stringify({ reference, result: 'TIMED_OUT' }));
    }
    return;
  }

  pending.delete(reference);
  app.publish(
    topicOf(memberId),
    JSON.stringify({
      reference: details.transactionReference,
      result: details.transactionResult,
      decidedAt: details.transactionDate,
      member: details.userReference ?? memberId,
    }),
  );
}

setInterval(async () => {
  const outcomes = await Promise.allSettled([...pending].map(([reference, entry]) => pollOnce(reference, entry)));
  for (const outcome of outcomes) {
    if (outcome.status === 'rejected') console.warn('face-login sweep:', outcome.reason?.message ?? outcome.reason);
  }
}, SWEEP_EVERY_MS);

app.listen(Number(process.env.LIVE_PORT ?? 9001), (listenSocket) => {
  if (!listenSocket) process.exit(1);
});
