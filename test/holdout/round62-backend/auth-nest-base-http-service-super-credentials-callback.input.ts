// Marina Crest Bank (Singapore): a transfer above S$10,000 to a payee added in the last 24 hours waits for a face
// login against the ID check done at account opening, and Netverify calls back when it ends. NestJS 10: the Netverify
// services extend NetverifyApi (the injected HttpService and the API user's pair from the config); the controller
// below serves the mobile app and the callback.
import { Body, Controller, HttpCode, Injectable, Param, Post, Req } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { TransfersRepository, type BankCustomer } from './db.js';

const NV_SG_INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

abstract class NetverifyApi {
  protected constructor(
    protected readonly http: HttpService,
    private readonly config: ConfigService,
  ) {}

  protected credentials(): { username: string; password: string } {
    return { username: this.config.getOrThrow('NV_API_TOKEN'), password: this.config.getOrThrow('NV_API_SECRET') };
  }
}

@Injectable()
export class TransferFaceLoginService extends NetverifyApi {
  constructor(
    http: HttpService,
    config: ConfigService,
    private readonly transfers: TransfersRepository,
  ) {
    super(http, config);
  }

  async start(customer: BankCustomer, transferId: string): Promise<{ url: string; reference: string }> {
    const { data } = await firstValueFrom(
      this.http.post<FaceLoginStarted>(
        NV_SG_INITIATE,
        {
          enrollmentTransactionReference: customer.accountOpeningCheckRef,
          userReference: customer.cif,
          successUrl: `https://m.marinacrest.example/transfers/${transferId}/face-login/done`,
          errorUrl: `https://m.marinacrest.example/transfers/${transferId}/face-login/failed`,
          locale: 'en-GB',
          tokenLifetimeInMinutes: 20,
        },
        { auth: super.credentials(), headers: { Accept: 'application/json', 'User-Agent': 'MarinaCrest-Mobile/6.2' } },
      ),
    );
    await this.transfers.markFaceLogin(transferId, data.transactionReference);
    return { url: data.redirectUrl, reference: data.transactionReference };
  }
}

interface NetverifyCallbackForm {
  callBackType: string;
  transactionReference: string;
  transactionResult: string;
  transactionDate: string;
}

@Controller('transfers')
export class TransferFaceLoginController {
  constructor(
    private readonly faceLogin: TransferFaceLoginService,
    private readonly transfers: TransfersRepository,
  ) {}

  @Post(':transferId/face-login')
  async start(@Param('transferId') transferId: string, @Req() req: { user: BankCustomer }): Promise<{ faceLoginUrl: string }> {
    const { url } = await this.faceLogin.start(req.user, transferId);
    return { faceLoginUrl: url };
  }

  // Netverify posts the outcome form-encoded (the app's urlencoded body parser is on).
  @Post('netverify/callback')
  @HttpCode(200)
  async callback(@Body() form: NetverifyCallbackForm): Promise<void> {
    const { callBackType, transactionReference, transactionResult, transactionDate } = form;
    if (callBackType !== 'NETVERIFY_AUTHENTICATION') return;
    await this.transfers.settleFaceLogin(transactionReference, transactionResult === 'PASSED', transactionDate);
  }
}
