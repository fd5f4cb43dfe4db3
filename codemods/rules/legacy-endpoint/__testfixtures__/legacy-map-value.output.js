// The other direction is still legacy: a map whose VALUES are legacy endpoints is reported, whatever its keys.
// TODO(netverify-migrate): legacy-endpoint: legacy Jumio initiate endpoint netverify.com/api/v4/initiate was not migrated automatically (no call using it was proven here): move it to the KYX account API on account.amer-1.jumio.ai with an OAuth2 bearer token (see MIGRATION.md)
const ENDPOINTS = { 'https://account.amer-1.jumio.ai': 'https://netverify.com/api/v4/initiate' };

module.exports = { ENDPOINTS };
