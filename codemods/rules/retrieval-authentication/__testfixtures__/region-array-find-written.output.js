// An array of host records the app adds to at run time (a test host pushed from configuration): the record .find()
// returns may hold a host the codemod cannot read, so the call is reported, not rewritten.
const axios = require('axios');

const DATA_CENTRES = [
  { code: 'US', origin: 'https://netverify.com' },
  { code: 'EU', origin: 'https://lon.netverify.com' },
];
if (process.env.JUMIO_EXTRA_ORIGIN) DATA_CENTRES.push({ code: 'XX', origin: process.env.JUMIO_EXTRA_ORIGIN });

async function authentication(code, reference) {
  const dc = DATA_CENTRES.find((d) => d.code === code);
  // TODO(netverify-migrate): retrieval-authentication: legacy Jumio authentication retrieval not migrated automatically: it is sent to {…}/api/netverify/v2/authentications/{…}, whose host comes from a value the codemod cannot read (a config value, an imported setting, a parameter): if it is a legacy Jumio host, migrate this call by hand to GET https://retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with an OAuth2 bearer token, and point the setting at the KYX host (see MIGRATION.md)
  const { data } = await axios.get(`${dc.origin}/api/netverify/v2/authentications/${reference}`, {
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  });
  return data;
}

module.exports = { authentication };
