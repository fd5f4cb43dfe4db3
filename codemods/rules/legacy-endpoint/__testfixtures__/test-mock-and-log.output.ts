// A nock mock of the legacy API (a legacy URL a human must update, with the KYX hosts to mock instead) and log
// text naming a legacy endpoint (no call: the message says so).
import nock from 'nock';

declare const logger: { warn(msg: string): void };

export function mockJumio(ref: string): void {
  // TODO(netverify-migrate): legacy-endpoint: test mock of the legacy Jumio API lon.netverify.com: the migrated code calls KYX instead (token: auth.emea-1.jumio.ai/oauth2/token; initiate: account.emea-1.jumio.ai; retrieval: retrieval.emea-1.jumio.ai): mock those hosts with KYX-shaped responses, or remove the mock (see MIGRATION.md)
  nock('https://lon.netverify.com')
    .get(`/api/netverify/v2/authentications/${ref}`)
    .reply(200, { transactionResult: 'PASSED' });
  // TODO(netverify-migrate): legacy-endpoint: a log message names the legacy Jumio endpoint netverify.com/api/v4/initiate (no call is made here): update the text once the calls are migrated to KYX
  console.info('legacy endpoint was https://netverify.com/api/v4/initiate');
  // TODO(netverify-migrate): legacy-endpoint: a log message names the legacy Jumio endpoint core-sgp.jumio.com/api/netverify/v2/authentications/{…} (no call is made here): update the text once the calls are migrated to KYX
  logger.warn(`retrying https://core-sgp.jumio.com/api/netverify/v2/authentications/${ref}`);
}
