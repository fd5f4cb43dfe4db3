import { Arg, Field, ObjectType, Query, Resolver } from 'type-graphql';
import superagent from 'superagent';

@ObjectType()
class FaceAuthStatus {
  @Field()
  reference!: string;

  @Field()
  result!: string;

  @Field({ nullable: true })
  user?: string;
}

const RETRIEVAL_BASE = 'https://netverify.com/api/netverify/v2/authentications';

@Resolver()
export class FaceAuthStatusResolver {
  @Query(() => FaceAuthStatus)
  async faceAuthStatus(@Arg('reference') reference: string): Promise<FaceAuthStatus> {
    const res = await superagent
      .get(`${RETRIEVAL_BASE}/${encodeURIComponent(reference)}`)
      .auth(process.env.JUMIO_TOKEN ?? '', process.env.JUMIO_SECRET ?? '')
      .set('Accept', 'application/json')
      .set('User-Agent', 'Example GraphQL/1.0');
    const status = new FaceAuthStatus();
    status.reference = res.body.transactionReference;
    status.result = res.body.transactionResult;
    status.user = res.body.userReference;
    return status;
  }
}
