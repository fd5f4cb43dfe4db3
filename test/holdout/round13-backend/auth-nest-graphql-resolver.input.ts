// NestJS GraphQL (code first): a @Mutation through HttpService and firstValueFrom (EU).
import { Args, Field, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { HttpService } from '@nestjs/axios';
import { ConfigService } from '@nestjs/config';
import { firstValueFrom } from 'rxjs';

@ObjectType()
class FaceLoginSession {
  @Field() url!: string;
  @Field() reference!: string;
}

interface LegacyInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

@Resolver(() => FaceLoginSession)
export class FaceLoginResolver {
  constructor(
    private readonly http: HttpService,
    private readonly config: ConfigService,
  ) {}

  @Mutation(() => FaceLoginSession)
  async startFaceLogin(@Args('enrollment') enrollment: string, @Args('userId') userId: string): Promise<FaceLoginSession> {
    const response = await firstValueFrom(
      this.http.post<LegacyInitiateResponse>(
        'https://lon.netverify.com/api/authentication/v1/web/initiate',
        { enrollmentTransactionReference: enrollment, userReference: userId, successUrl: 'https://app.acme-energy.example/verified' },
        {
          auth: { username: this.config.getOrThrow('JUMIO_API_TOKEN'), password: this.config.getOrThrow('JUMIO_API_SECRET') },
          headers: { 'User-Agent': 'Acme Energy/2.0' },
        },
      ),
    );
    return { url: response.data.redirectUrl, reference: response.data.transactionReference };
  }
}
