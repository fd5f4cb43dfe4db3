'use strict';
// Merlion Remit: the customer-support Telegram bot. `/verify <remittance>` re-confirms a customer before a large
// remittance is released: a Netverify face login (SG data centre) whose link comes back as an inline keyboard
// button. Errors of any handler end in bot.catch, which apologises in the chat.
const { Telegraf, Markup } = require('telegraf');
const got = require('got');
const { findCustomerByTelegramId, holdRemittanceForFaceLogin } = require('./db.cjs');

const NV_SG_INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';
const APP_PAGES = 'https://app.merlionremit.example';

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
    .post(NV_SG_INITIATE, {
      json: {
        enrollmentTransactionReference: customer.enrolmentReference,
        userReference: customer.customerNo,
        successUrl: `${APP_PAGES}/remittances/${remittanceId}/verified`,
        errorUrl: `${APP_PAGES}/remittances/${remittanceId}/not-verified`,
        locale: customer.language === 'zh' ? 'zh-CN' : 'en-GB',
        tokenLifetimeInMinutes: 30,
      },
      username: process.env.MERLION_NV_TOKEN,
      password: process.env.MERLION_NV_SECRET,
      headers: { 'user-agent': 'MerlionRemit-TelegramBot/2.0' },
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
