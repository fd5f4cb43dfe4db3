// Ostrava Energie: the field-engineer Teams bot. "unlock <substation>" asks for a Netverify face login (EU data
// centre) before the bot hands out the substation's door code; the link comes back in a hero card whose button
// opens it. The adapter in index.ts routes every activity to FieldEngineerBot.run().
import { ActivityHandler, CardFactory, MessageFactory, TurnContext } from 'botbuilder';
import superagent from 'superagent';
import { findEngineerByAadId, recordUnlockRequest } from './db.js';

const NV_LON_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const SUBSTATION_PORTAL = 'https://stanice.ostrava-energie.example';

export class FieldEngineerBot extends ActivityHandler {
  constructor() {
    super();

    this.onMessage(async (context: TurnContext, next: () => Promise<void>) => {
      const text = (context.activity.text ?? '').trim();
      const match = /^unlock\s+(\S+)$/i.exec(text);
      if (!match) {
        await context.sendActivity('Try "unlock <substation id>".');
        await next();
        return;
      }
      const substationId = match[1];
      const engineer = await findEngineerByAadId(context.activity.from.aadObjectId ?? '');
      if (!engineer) {
        await context.sendActivity('You are not on the field-engineer roster.');
        await next();
        return;
      }

      const res = await superagent
        .post(NV_LON_INITIATE)
        .auth(process.env.OSTRAVA_NV_TOKEN ?? '', process.env.OSTRAVA_NV_SECRET ?? '')
        .set('Accept', 'application/json')
        .set('User-Agent', 'OstravaEnergie-TeamsBot/1.2')
        .send({
          enrollmentTransactionReference: engineer.enrolmentReference,
          userReference: engineer.personalNo,
          successUrl: `${SUBSTATION_PORTAL}/unlock/${substationId}/ok`,
          errorUrl: `${SUBSTATION_PORTAL}/unlock/${substationId}/failed`,
          locale: 'cs',
          tokenLifetimeInMinutes: 5,
        });

      await recordUnlockRequest(substationId, engineer.personalNo, res.body.transactionReference);

      const card = CardFactory.heroCard(
        'Confirm it is you',
        `Substation ${substationId}: the door code is sent once the face login passes (valid 5 minutes).`,
        undefined,
        CardFactory.actions([{ type: 'openUrl', title: 'Start face login', value: res.body.redirectUrl }]),
      );
      await context.sendActivity(MessageFactory.attachment(card));
      await next();
    });
  }
}
