// Kiasu Exchange GraphQL API (type-graphql): a withdrawal to an address the trader has not used before waits for a
// face login. FaceLoginStart mirrors the identity service's answer field for field, so the resolver hands the answer
// over without copying it.
import 'reflect-metadata';
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { request } from 'undici';
import { findTrader, findWithdrawal, saveWithdrawalFaceLogin, type ExchangeContext } from './db.js';

const NV_SG_AUTH_INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';
const NV_BASIC = 'Basic ' + Buffer.from(`${process.env.KIASU_NV_TOKEN}:${process.env.KIASU_NV_SECRET}`).toString('base64');

@ObjectType({ description: 'A started face login: open redirectUrl in the identity frame.' })
export class FaceLoginStart {
  @Field()
  redirectUrl!: string;

  @Field(() => ID)
  transactionReference!: string;

  @Field()
  timestamp!: string;
}

@Resolver()
export class WithdrawalFaceLoginResolver {
  @Mutation(() => FaceLoginStart)
  async startWithdrawalFaceLogin(
    @Arg('withdrawalId', () => ID) withdrawalId: string,
    @Ctx() ctx: ExchangeContext,
  ): Promise<FaceLoginStart> {
    const withdrawal = await findWithdrawal(withdrawalId, ctx.traderId);
    const trader = await findTrader(ctx.traderId);
    const { statusCode, body } = await request(NV_SG_AUTH_INITIATE, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        authorization: NV_BASIC,
        'user-agent': 'KiasuExchange-Withdrawals/3.2',
      },
      body: JSON.stringify({
        enrollmentTransactionReference: trader.enrolmentReference,
        userReference: trader.uid,
        successUrl: `https://app.kiasu.example/withdrawals/${withdrawal.id}/face-login/done`,
        errorUrl: `https://app.kiasu.example/withdrawals/${withdrawal.id}/face-login/failed`,
        tokenLifetimeInMinutes: 5,
      }),
    });
    if (statusCode !== 200) {
      throw new Error(`face login not started for withdrawal ${withdrawal.id}: HTTP ${statusCode} ${await body.text()}`);
    }
    const started = (await body.json()) as FaceLoginStart;
    await saveWithdrawalFaceLogin(withdrawal.id, started.transactionReference);
    return started;
  }
}
