// A nock mock of the legacy API (a legacy URL a human must update, with the KYX hosts to mock instead) and log
// text naming a legacy endpoint (no call: the message says so).
import nock from 'nock';

declare const logger: { warn(msg: string): void };

export function mockJumio(ref: string): void {
  nock('https://lon.netverify.com')
    .get(`/api/netverify/v2/authentications/${ref}`)
    .reply(200, { transactionResult: 'PASSED' });
  console.info('legacy endpoint was https://netverify.com/api/v4/initiate');
  logger.warn(`retrying https://core-sgp.jumio.com/api/netverify/v2/authentications/${ref}`);
}
