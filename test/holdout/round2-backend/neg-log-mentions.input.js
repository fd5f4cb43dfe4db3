// Audit helpers. The netverify integration was retired; only its log tags survive.
const logger = require('./logger');

const LEGACY_TAGS = ['netverify', 'jumio-v4', 'jumio-auth'];

function logVerificationEvent(evt) {
  // evt.transactionReference is our internal payment reference, not a Jumio id.
  logger.info({ tag: LEGACY_TAGS[0], ref: evt.transactionReference, redirectUrl: evt.redirectUrl }, 'netverify-compatible audit event');
}

function isLegacyTag(tag) {
  return LEGACY_TAGS.includes(tag);
}

module.exports = { logVerificationEvent, isLegacyTag };
