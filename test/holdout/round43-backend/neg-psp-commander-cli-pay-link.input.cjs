#!/usr/bin/env node
'use strict';
// bin/pay-link.cjs: support-desk CLI. Creates a HarbourPay hosted payment page for an overdue invoice of a member who
// called in, and prints the link the agent pastes into the secure chat.
//
//   pay-link start --invoice 2024-00817 [--locale de] [--ttl 60] [--json]
//
// Reads the HarbourPay merchant key pair and DATABASE_URL from the environment (see ops/support-cli.env.example).
const { Command, InvalidArgumentError } = require('commander');
const axios = require('axios');
const { findInvoice, auditSupportAction } = require('./store');

const INITIATE_URL = 'https://api.harbourpay.example/api/v2/hosted-payments/initiate';
const MEMBER_PAGES = 'https://members.rheinaubank.example';

function parseMinutes(value) {
  const minutes = Number.parseInt(value, 10);
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 10080) {
    throw new InvalidArgumentError('expected a number of minutes between 5 and 10080');
  }
  return minutes;
}

const program = new Command();

program
  .name('pay-link')
  .description('Payment links for the support desk')
  .version('1.4.0');

program
  .command('start')
  .description('create a hosted payment page for an invoice and print the link')
  .requiredOption('-i, --invoice <number>', 'invoice number')
  .option('-l, --locale <locale>', 'language of the payment page', 'de')
  .option('--ttl <minutes>', 'how long the link stays valid', parseMinutes, 60)
  .option('--json', 'print the whole PSP response (for scripts piping into jq)')
  .action(async (options) => {
    const invoice = await findInvoice(options.invoice);
    if (!invoice || invoice.openAmountCents <= 0) {
      console.error(`invoice ${options.invoice} has nothing left to pay`);
      process.exitCode = 2;
      return;
    }

    const { data } = await axios.post(
      INITIATE_URL,
      {
        merchantReference: invoice.number,
        userReference: invoice.memberId,
        amount: { value: invoice.openAmountCents, currency: invoice.currency },
        successUrl: `${MEMBER_PAGES}/invoices/${invoice.number}/paid`,
        errorUrl: `${MEMBER_PAGES}/invoices/${invoice.number}/failed`,
        locale: options.locale,
        linkLifetimeInMinutes: options.ttl,
      },
      {
        auth: { username: process.env.HARBOURPAY_API_KEY, password: process.env.HARBOURPAY_API_SECRET },
        headers: { Accept: 'application/json', 'User-Agent': 'RheinauBank-SupportCLI/1.4' },
        timeout: 15000,
      },
    );

    await auditSupportAction(process.env.USER, 'pay-link.start', invoice.number, data.transactionReference);

    if (options.json) {
      process.stdout.write(JSON.stringify(data, null, 2) + '\n');
      return;
    }
    console.log(`Payment link for invoice ${invoice.number} (valid ${options.ttl} min):`);
    console.log(data.redirectUrl);
    console.log(`reference: ${data.transactionReference}`);
  });

program.parseAsync(process.argv).catch((err) => {
  console.error(err.response ? `HarbourPay answered HTTP ${err.response.status}` : err.message);
  process.exitCode = 1;
});
