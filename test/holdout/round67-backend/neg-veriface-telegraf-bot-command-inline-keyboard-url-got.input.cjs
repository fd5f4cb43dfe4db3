'use strict';
// Merlion Remit (Malaysia): the customer-support Telegram bot of the Kuala Lumpur entity, which re-confirms customers
// with Veriface face sessions. `/verify <remittance>` holds the remittance and answers with an inline keyboard button.
const { Telegraf, Markup } = require('telegraf');
const got = require('got');
const { findCustomerByTelegramId, holdRemittanceForFaceLogin } = require('./db.cjs');

const VERIFACE_SESSIONS = 'https://api.veriface.example/v2/face-sessions';
const APP_PAGES = 'https://my.merlionremit.example';

const bot = new Telegraf(process.env.TELEGRAM_BOT_TOKEN);

bot.command('verify', async (ctx) => {
  const customer = await findCustomerByTelegramId(ctx.from.id);
  if (!customer) {
    return ctx.reply('This Telegram account is not linked to Merlion Remit. Open the app, then Settings, then Telegram.');
  }
  const remittanceId = ctx.message.text.split(' ')[1];
  if (!remittanceId) {
    return ctx.reply('Send /verify followed by the remittance number, e.g. /verify R-20931');
  }

  const started = await got
    .post(VERIFACE_SESSIONS, {
      json: {
        enrolmentId: customer.enrolmentReference,
        userReference: customer.customerNo,
        successUrl: `${APP_PAGES}/remittances/${remittanceId}/verified`,
        errorUrl: `${APP_PAGES}/remittances/${remittanceId}/not-verified`,
        locale: customer.language === 'ms' ? 'ms-MY' : 'en-GB',
        tokenLifetimeInMinutes: 30,
      },
      username: process.env.VERIFACE_KEY_ID,
      password: process.env.VERIFACE_KEY_SECRET,
      headers: { 'user-agent': 'MerlionRemit-TelegramBot-MY/1.3' },
      timeout: { request: 15000 },
    })
    .json();

  await holdRemittanceForFaceLogin(remittanceId, started.transactionReference);

  return ctx.reply(
    `Remittance ${remittanceId} is on hold until you confirm it is you (valid 30 minutes).`,
    Markup.inlineKeyboard([Markup.button.url('Verify with face login', started.redirectUrl)]),
  );
});

bot.catch((err, ctx) => {
  console.error(`telegram update ${ctx.update.update_id} failed`, err);
  return ctx.reply('Something went wrong, please try again in a minute.');
});

bot.launch();
process.once('SIGINT', () => bot.stop('SIGINT'));
process.once('SIGTERM', () => bot.stop('SIGTERM'));
