// NestJS GraphQL @ResolveField: the user's last face login status through HttpService.get and firstValueFrom (US).
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

type UserModel = { id: string; lastFaceLogin?: string };

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: string;
  userReference?: string;
}

@Resolver('User')
export class UserFaceLoginResolver {
  constructor(private readonly http: HttpService) {}

  @ResolveField('faceLoginUser')
  async faceLoginUser(@Parent() user: UserModel): Promise<string | null> {
    if (!user.lastFaceLogin) return null;
    const { data } = await firstValueFrom(
      this.http.get<AuthenticationDetails>(`https://netverify.com/api/netverify/v2/authentications/${user.lastFaceLogin}`, {
        auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
      }),
    );
    return data.userReference ?? null;
  }
}
