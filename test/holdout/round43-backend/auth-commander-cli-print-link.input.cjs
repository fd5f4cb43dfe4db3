#!/usr/bin/env node
'use strict';
// bin/face-login.cjs: support-desk CLI. Starts a Jumio face login (Netverify Authentication, EU data centre) for a
// member who called in, and prints the link the agent pastes into the secure chat.
//
//   face-login start --member 48213 [--locale de] [--ttl 20] [--json]
//
// Reads the EU tenant's API user pair and DATABASE_URL from the environment (see ops/support-cli.env.example).
const { Command, InvalidArgumentError } = require('commander');
const axios = require('axios');
const { findMember, auditSupportAction } = require('./store');

const INITIATE_URL = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const MEMBER_PAGES = 'https://members.rheinaubank.example';

function parseMinutes(value) {
  const minutes = Number.parseInt(value, 10);
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 1440) {
    throw new InvalidArgumentError('expected a number of minutes between 5 and 1440');
  }
  return minutes;
}

const program = new Command();

program
  .name('face-login')
  .description('Face login links for the support desk')
  .version('2.3.0');

program
  .command('start')
  .description('start a face login for a member and print the link')
  .requiredOption('-m, --member <id>', 'member number')
  .option('-l, --locale <locale>', 'language of the capture pages', 'de')
  .option('--ttl <minutes>', 'how long the link stays valid', parseMinutes, 30)
  .option('--json', 'print the whole vendor response (for scripts piping into jq)')
  .action(async (options) => {
    const member = await findMember(options.member);
    if (!member || !member.jumioEnrollment) {
      console.error(`member ${options.member} has no completed ID enrolment`);
      process.exitCode = 2;
      return;
    }

    const { data } = await axios.post(
      INITIATE_URL,
      {
        enrollmentTransactionReference: member.jumioEnrollment,
        userReference: member.id,
        successUrl: `${MEMBER_PAGES}/face-login/done`,
        errorUrl: `${MEMBER_PAGES}/face-login/failed`,
        locale: options.locale,
        tokenLifetimeInMinutes: options.ttl,
      },
      {
        auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
        headers: { Accept: 'application/json', 'User-Agent': 'RheinauBank-SupportCLI/2.3' },
        timeout: 15000,
      },
    );

    await auditSupportAction(process.env.USER, 'face-login.start', member.id, data.transactionReference);

    if (options.json) {
      process.stdout.write(JSON.stringify(data, null, 2) + '\n');
      return;
    }
    console.log(`Link for member ${member.id} (valid ${options.ttl} min):`);
    console.log(data.redirectUrl);
    console.log(`reference: ${data.transactionReference}`);
  });

program.parseAsync(process.argv).catch((err) => {
  console.error(err.response ? `Jumio answered HTTP ${err.response.status}` : err.message);
  process.exitCode = 1;
});
