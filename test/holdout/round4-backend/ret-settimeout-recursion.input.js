const fetch = require('node-fetch');
const events = require('./events');

const RETRIEVAL = 'https://lon.netverify.com/api/netverify/v2/authentications/';
const DELAYS = [40, 60, 100, 160, 240, 340, 460, 600, 760, 940];
const BASIC = 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

function pollAuthentication(reference, attempt = 0) {
  if (attempt >= DELAYS.length) {
    events.emit('face-auth:timeout', reference);
    return;
  }
  setTimeout(async () => {
    try {
      const res = await fetch(RETRIEVAL + reference, {
        headers: { Accept: 'application/json', Authorization: BASIC, 'User-Agent': 'Moraine Poller/1.0' },
      });
      const details = await res.json();
      if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') {
        pollAuthentication(reference, attempt + 1);
        return;
      }
      events.emit('face-auth:done', { reference, passed: details.transactionResult === 'PASSED', user: details.userReference });
    } catch (err) {
      pollAuthentication(reference, attempt + 1);
    }
  }, DELAYS[attempt] * 1000);
}

module.exports = { pollAuthentication };
