import 'reflect-metadata';
import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import axios from 'axios';
import { findEnrollmentReference } from './store.js';

@ObjectType()
class FaceAuthSession {
  @Field()
  url!: string;

  @Field()
  reference!: string;
}

interface NetverifyAuthResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const NETVERIFY_AUTH_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';

@Resolver()
export class FaceAuthResolver {
  @Mutation(() => FaceAuthSession)
  async startFaceAuthentication(@Arg('locale', { nullable: true }) locale: string, @Ctx() ctx: { userId: string }): Promise<FaceAuthSession> {
    const enrollmentTransactionReference = await findEnrollmentReference(ctx.userId);
    const { data } = await axios.post<NetverifyAuthResponse>(
      NETVERIFY_AUTH_INITIATE,
      {
        enrollmentTransactionReference,
        userReference: ctx.userId,
        callbackUrl: 'https://api.example.com/webhooks/jumio',
        locale: locale ?? 'en',
      },
      {
        auth: { username: process.env.NETVERIFY_TOKEN!, password: process.env.NETVERIFY_SECRET! },
        headers: { 'User-Agent': 'Example GraphQL/1.0' },
      },
    );
    const session = new FaceAuthSession();
    session.url = data.redirectUrl;
    session.reference = data.transactionReference;
    return session;
  }
}
