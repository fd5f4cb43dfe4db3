// Redwood Federal Credit Union online banking, wires API (NestJS 10). A wire to a new payee is released only after a
// face login. The mobile team generates its client from the OpenAPI document built from these DTOs, so the names in
// WireFaceLoginStartedDto are the ones the app already ships with.
import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { MemberGuard, WiresRepository, type AuthedRequest } from './db.js';

const NV_WWW = 'https://www.netverify.com';

interface FaceLoginInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export class StartWireFaceLoginDto {
  @ApiProperty({ format: 'uuid' })
  wireId!: string;
}

export class WireFaceLoginStartedDto {
  @ApiProperty({ format: 'uri', description: 'Open in the identity frame.' })
  redirectUrl!: string;

  @ApiProperty({ format: 'uuid', description: 'Send back with the wire confirmation.' })
  transactionReference!: string;
}

@ApiTags('wires')
@ApiBearerAuth()
@Controller('wires')
export class WireFaceLoginController {
  constructor(
    private readonly http: HttpService,
    private readonly wires: WiresRepository,
  ) {}

  @Post('face-login')
  @HttpCode(201)
  @UseGuards(MemberGuard)
  @ApiCreatedResponse({ type: WireFaceLoginStartedDto })
  async start(@Body() dto: StartWireFaceLoginDto, @Req() req: AuthedRequest): Promise<WireFaceLoginStartedDto> {
    const wire = await this.wires.findPending(dto.wireId, req.member.id);
    const { data } = await firstValueFrom(
      this.http.post<FaceLoginInitiateResponse>(
        `${NV_WWW}/api/authentication/v1/web/initiate`,
        {
          enrollmentTransactionReference: req.member.enrolmentReference,
          userReference: req.member.id,
          successUrl: `https://online.redwoodfcu.example/wires/${wire.id}/verified`,
          errorUrl: `https://online.redwoodfcu.example/wires/${wire.id}/not-verified`,
          locale: 'en',
          tokenLifetimeInMinutes: 20,
        },
        {
          auth: { username: process.env.REDWOOD_NV_TOKEN ?? '', password: process.env.REDWOOD_NV_SECRET ?? '' },
          headers: { Accept: 'application/json', 'User-Agent': 'RedwoodFCU-Wires/4.4' },
        },
      ),
    );
    await this.wires.attachFaceLogin(wire.id, data.transactionReference);
    return { redirectUrl: data.redirectUrl, transactionReference: data.transactionReference };
  }
}
