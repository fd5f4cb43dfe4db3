// Skarholm Kapital: the `/verify-me` slash command of the members' Discord server. A member asking for the
// "verified investor" role confirms who they are with a Netverify face login (EU data centre); the link comes back
// as a Link button in an ephemeral reply. bot.mjs loads this module and calls execute() on each interaction.
import { ActionRowBuilder, ButtonBuilder, ButtonStyle, SlashCommandBuilder } from 'discord.js';
import { findMemberByDiscordId, saveRoleRequest } from './db.js';

const NV_EU = 'https://lon.netverify.com';
const NV_BASIC = `Basic ${Buffer.from(`${process.env.NV_API_TOKEN}:${process.env.NV_API_SECRET}`).toString('base64')}`;
const MEMBERS = 'https://medlem.skarholm.example';

export const data = new SlashCommandBuilder()
  .setName('verify-me')
  .setDescription('Confirm your identity for the verified investor role')
  .setDMPermission(false);

export async function execute(interaction) {
  await interaction.deferReply({ ephemeral: true });

  const member = await findMemberByDiscordId(interaction.user.id);
  if (!member || !member.idCheckReference) {
    await interaction.editReply('Link your Skarholm account first: /link-account');
    return;
  }

  const res = await fetch(`${NV_EU}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': 'Skarholm-DiscordBot/1.4',
      Authorization: NV_BASIC,
    },
    body: JSON.stringify({
      enrollmentTransactionReference: member.idCheckReference,
      userReference: member.memberNo,
      successUrl: `${MEMBERS}/discord/verified?guild=${interaction.guildId}`,
      errorUrl: `${MEMBERS}/discord/not-verified?guild=${interaction.guildId}`,
      locale: interaction.locale === 'sv-SE' ? 'sv' : 'en',
      tokenLifetimeInMinutes: 15,
    }),
  });
  if (!res.ok) {
    await interaction.editReply(`Face login could not be started (HTTP ${res.status}). Try again in a minute.`);
    return;
  }
  const started = await res.json();
  await saveRoleRequest(member.memberNo, interaction.guildId, started.transactionReference);

  const row = new ActionRowBuilder().addComponents(
    new ButtonBuilder().setLabel('Start face login').setStyle(ButtonStyle.Link).setURL(started.redirectUrl),
  );
  await interaction.editReply({
    content: 'Confirm it is you (the link is valid for 15 minutes). The role is granted when the check passes.',
    components: [row],
  });
}
