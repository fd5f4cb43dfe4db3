// NestJS CQRS: the command handler that starts a face re-authentication (EU).
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { HttpService } from '@nestjs/axios';
import { ConfigService } from '@nestjs/config';
import { firstValueFrom } from 'rxjs';

export class StartFaceAuthenticationCommand {
  constructor(public readonly userId: string, public readonly enrollmentReference: string) {}
}

interface NetverifyAuthResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

@CommandHandler(StartFaceAuthenticationCommand)
export class StartFaceAuthenticationHandler implements ICommandHandler<StartFaceAuthenticationCommand> {
  constructor(private readonly http: HttpService, private readonly config: ConfigService) {}

  async execute({ userId, enrollmentReference }: StartFaceAuthenticationCommand): Promise<{ url: string; ref: string }> {
    const { data } = await firstValueFrom(
      this.http.post<NetverifyAuthResponse>(
        'https://lon.netverify.com/api/authentication/v1/web/initiate',
        { enrollmentTransactionReference: enrollmentReference, userReference: userId, tokenLifetimeInMinutes: 45 },
        { auth: { username: this.config.getOrThrow('JUMIO_API_TOKEN'), password: this.config.getOrThrow('JUMIO_API_SECRET') } },
      ),
    );
    return { url: data.redirectUrl, ref: data.transactionReference };
  }
}
