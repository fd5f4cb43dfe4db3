// Test helpers of a bank integration: build and check form callbacks (no handler, no Jumio).
const qs = require('querystring');

function buildNotification(overrides) {
  return qs.stringify({ transactionReference: 'TX-1', transactionResult: 'PASSED', callbackDate: new Date().toISOString(), ...overrides });
}

function isSettled(notification) {
  return notification.transactionResult === 'PASSED' && Boolean(notification.transactionReference);
}

module.exports = { buildNotification, isSettled };
