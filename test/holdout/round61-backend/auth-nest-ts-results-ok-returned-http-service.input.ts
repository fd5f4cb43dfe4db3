// Fairmont Brokerage (New York): adding a new external account as a withdrawal destination asks the client for a face
// login against the ID check done at account opening. NestJS 10 service, @nestjs/axios.
// The service answers a ts-results Result: DestinationsController (controllers/destinations.controller.ts) turns
// Err into a 503 with the reason, and sends the client's browser to the face login on Ok.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { Err, Ok, type Result } from 'ts-results';
import { DestinationsRepository, type BrokerageClient } from './db.js';

const NETVERIFY = 'https://www.netverify.com';

export interface DestinationFaceLogin {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export type FaceLoginUnavailable = { reason: 'no-id-check' | 'vendor-error'; detail?: string };

@Injectable()
export class DestinationFaceLoginService {
  constructor(
    private readonly http: HttpService,
    private readonly destinations: DestinationsRepository,
  ) {}

  async start(client: BrokerageClient, destinationId: string): Promise<Result<DestinationFaceLogin, FaceLoginUnavailable>> {
    // Accounts opened before 2019 were verified on paper: those clients add destinations at a branch.
    if (!client.accountOpeningCheckRef) return Err<FaceLoginUnavailable>({ reason: 'no-id-check' });

    try {
      const { data } = await firstValueFrom(
        this.http.post<DestinationFaceLogin>(
          `${NETVERIFY}/api/authentication/v1/web/initiate`,
          {
            enrollmentTransactionReference: client.accountOpeningCheckRef,
            userReference: client.clientNo,
            successUrl: `https://client.fairmontbrokerage.example/destinations/${destinationId}/verified`,
            errorUrl: `https://client.fairmontbrokerage.example/destinations/${destinationId}/not-verified`,
            locale: 'en',
            tokenLifetimeInMinutes: 30,
          },
          {
            auth: { username: process.env.FAIRMONT_NV_TOKEN ?? '', password: process.env.FAIRMONT_NV_SECRET ?? '' },
            headers: { Accept: 'application/json', 'User-Agent': 'FairmontBrokerage-ClientPortal/12.0' },
          },
        ),
      );
      await this.destinations.recordFaceLogin(destinationId, data.transactionReference);
      return Ok(data);
    } catch (err) {
      return Err<FaceLoginUnavailable>({ reason: 'vendor-error', detail: err instanceof Error ? err.message : String(err) });
    }
  }
}
