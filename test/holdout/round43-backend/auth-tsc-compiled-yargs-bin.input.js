#!/usr/bin/env node
"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// reauth: asks a customer to confirm a sensitive account change with a face login (EU data centre) and prints the
// link for the agent. Source: src/bin/reauth.ts (npm run build); this build is committed for the ops hosts.
const yargs_1 = __importDefault(require("yargs"));
const helpers_1 = require("yargs/helpers");
const node_fetch_1 = __importDefault(require("node-fetch"));
const customers_1 = require("../lib/customers");
const NETVERIFY_EU = 'https://lon.netverify.com';
const basicAuth = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');
async function main() {
    const argv = await (0, yargs_1.default)((0, helpers_1.hideBin)(process.argv))
        .scriptName('reauth')
        .usage('$0 --customer <id> [--reason <text>] [--minutes <n>]')
        .option('customer', { type: 'string', demandOption: true, describe: 'customer number' })
        .option('reason', { type: 'string', default: 'account-change', describe: 'written to the audit log' })
        .option('minutes', { type: 'number', default: 20, describe: 'how long the link stays valid' })
        .strict()
        .parseAsync();
    const customer = await (0, customers_1.findCustomer)(argv.customer);
    if (!customer?.jumioEnrolment) {
        console.error(`customer ${argv.customer} has no ID enrolment`);
        process.exitCode = 2;
        return;
    }
    const res = await (0, node_fetch_1.default)(`${NETVERIFY_EU}/api/authentication/v1/web/initiate`, {
        method: 'POST',
        headers: {
            Accept: 'application/json',
            'Content-Type': 'application/json',
            Authorization: basicAuth,
            'User-Agent': 'Fjordline-Reauth/1.7',
        },
        body: JSON.stringify({
            enrollmentTransactionReference: customer.jumioEnrolment,
            userReference: customer.id,
            successUrl: 'https://my.fjordline.example/reauth/done',
            errorUrl: 'https://my.fjordline.example/reauth/failed',
            tokenLifetimeInMinutes: argv.minutes,
        }),
    });
    if (!res.ok) {
        throw new Error(`initiate failed: HTTP ${res.status}`);
    }
    const started = (await res.json());
    await (0, customers_1.logReauth)(customer.id, argv.reason, started.transactionReference);
    console.log(started.redirectUrl);
}
main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
});
//# sourceMappingURL=reauth.js.map
