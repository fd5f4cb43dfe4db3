// Hoshizora Securities (JP, served from the Singapore data centre): account opening and the face login that protects
// withdrawals. A new client verifies their driving licence and takes a selfie once, when the account is opened; the
// reference of that verification is kept on the client, and every withdrawal to a new bank account asks for a face
// login against it. NestJS 10 service, @nestjs/axios.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { ClientsRepository, type TradingClient } from './db.js';

const NV_SG = 'https://core-sgp.jumio.com';
const NV_AUTH = { username: process.env.HOSHIZORA_NV_TOKEN ?? '', password: process.env.HOSHIZORA_NV_SECRET ?? '' };

interface NetverifyStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

@Injectable()
export class IdentityService {
  constructor(
    private readonly http: HttpService,
    private readonly clients: ClientsRepository,
  ) {}

  /** Account opening: ID (Japanese driving licence) + selfie. Returns the link for the opening wizard. */
  async startAccountOpeningCheck(client: TradingClient): Promise<string> {
    const { data } = await firstValueFrom(
      this.http.post<NetverifyStart>(
        `${NV_SG}/api/v4/initiate`,
        {
          customerInternalReference: `HZ-${client.accountNo}`,
          userReference: client.id,
          workflowId: 200,
          presets: [{ index: 1, country: 'JPN', type: 'DRIVING_LICENSE' }],
          successUrl: `https://open.hoshizora.example/kouza/${client.id}/kakunin-kanryo`,
          errorUrl: `https://open.hoshizora.example/kouza/${client.id}/kakunin-error`,
          locale: 'ja',
          tokenLifetimeInMinutes: 60,
        },
        { auth: NV_AUTH, headers: { Accept: 'application/json', 'User-Agent': 'Hoshizora-Trading/8.2' } },
      ),
    );
    // Every later face login is checked against this verification.
    await this.clients.update(client.id, { netverifyEnrollmentRef: data.transactionReference });
    return data.redirectUrl;
  }

  /** Withdrawal to a new bank account: face login against the account-opening verification. */
  async startWithdrawalFaceLogin(client: TradingClient, withdrawalId: string): Promise<string> {
    if (!client.netverifyEnrollmentRef) throw new Error(`client ${client.id} has no identity verification on file`);
    const { data } = await firstValueFrom(
      this.http.post<NetverifyStart>(
        `${NV_SG}/api/authentication/v1/web/initiate`,
        {
          enrollmentTransactionReference: client.netverifyEnrollmentRef,
          userReference: client.id,
          successUrl: `https://trade.hoshizora.example/shukkin/${withdrawalId}/ok`,
          errorUrl: `https://trade.hoshizora.example/shukkin/${withdrawalId}/ng`,
          locale: 'ja',
          tokenLifetimeInMinutes: 10,
        },
        { auth: NV_AUTH, headers: { Accept: 'application/json', 'User-Agent': 'Hoshizora-Trading/8.2' } },
      ),
    );
    await this.clients.recordFaceLogin(client.id, withdrawalId, data.transactionReference);
    return data.redirectUrl;
  }
}
