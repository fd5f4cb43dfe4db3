// Kestrel Bank (EU), payments module: a standing order above the customer's daily limit is held until the customer
// confirms it with a selfie. The session row is what the callback controller and the "did it pass?" poll look up;
// the entity lives here because nothing else in the payments module writes it.
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import axios from 'axios';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Repository } from 'typeorm';
import type { StandingOrderDraft } from './store.js';

const NETVERIFY_EU = 'https://lon.netverify.com';

/** What Netverify answers to an authentication initiate. */
interface FaceLoginInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

/**
 * One face login per standing-order draft. The property names follow the Netverify fields the row was filled from
 * when the table was created (2020); the DBA's rule puts the columns in snake case. Reports select them by name.
 */
@Entity({ name: 'face_login_sessions' })
export class FaceLoginSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ name: 'transaction_reference', length: 36 })
  transactionReference!: string;

  @Column({ name: 'enrollment_transaction_reference', length: 36 })
  enrollmentTransactionReference!: string;

  @Column({ name: 'redirect_url', length: 2047 })
  redirectUrl!: string;

  @Column({ name: 'draft_id' })
  draftId!: string;

  @Column({ name: 'status', default: 'PENDING' })
  status!: 'PENDING' | 'PASSED' | 'FAILED';

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}

@Injectable()
export class StandingOrderFaceLoginService {
  constructor(@InjectRepository(FaceLoginSession) private readonly sessions: Repository<FaceLoginSession>) {}

  async start(draft: StandingOrderDraft): Promise<{ url: string; sessionId: string }> {
    const { data } = await axios.post<FaceLoginInitiateResponse>(
      `${NETVERIFY_EU}/api/authentication/v1/web/initiate`,
      {
        enrollmentTransactionReference: draft.customer.jumioEnrollment,
        userReference: draft.customer.id,
        successUrl: `https://online.kestrel-bank.example/standing-orders/${draft.id}/confirm`,
        errorUrl: `https://online.kestrel-bank.example/standing-orders/${draft.id}/face-login-failed`,
        locale: draft.customer.locale,
        tokenLifetimeInMinutes: 15,
      },
      {
        auth: { username: process.env.NETVERIFY_API_TOKEN ?? '', password: process.env.NETVERIFY_API_SECRET ?? '' },
        headers: { Accept: 'application/json', 'User-Agent': 'Kestrel-Payments/3.8' },
      },
    );

    const session = this.sessions.create({
      draftId: draft.id,
      enrollmentTransactionReference: draft.customer.jumioEnrollment,
      transactionReference: data.transactionReference,
      redirectUrl: data.redirectUrl,
    });
    await this.sessions.save(session);

    return { url: data.redirectUrl, sessionId: session.id };
  }

  /** The callback controller and the poll find the session by the reference Netverify gave it. */
  findByReference(reference: string): Promise<FaceLoginSession | null> {
    return this.sessions.findOneBy({ transactionReference: reference });
  }

  async markDecided(reference: string, passed: boolean): Promise<void> {
    await this.sessions.update({ transactionReference: reference }, { status: passed ? 'PASSED' : 'FAILED' });
  }
}
