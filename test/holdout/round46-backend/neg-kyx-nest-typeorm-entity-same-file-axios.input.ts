// Kestrel Bank (EU), payments module: a standing order above the customer's daily limit is held until the customer
// confirms it with a selfie. On KYX since the 2024 migration (workflow 9 on the customer's KYX account); the table
// kept its 2020 property and column names so the reports did not have to change.
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import axios from 'axios';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Repository } from 'typeorm';
import type { KyxStandingOrderDraft } from './store.js';

const KYX_EU_ACCOUNTS = 'https://account.emea-1.jumio.ai/api/v1/accounts';
const KYX_EU_TOKEN = 'https://auth.emea-1.jumio.ai/oauth2/token';

/** What KYX answers to the workflow-9 account update. */
interface KyxAuthenticationStarted {
  timestamp: string;
  account: { id: string };
  web: { href: string };
  workflowExecution: { id: string };
}

/**
 * One face login per standing-order draft. `transactionReference` now holds the KYX workflow execution id and
 * `redirectUrl` the web client link; the names stayed for the reports.
 */
@Entity({ name: 'face_login_sessions' })
export class FaceLoginSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ name: 'transaction_reference', length: 36 })
  transactionReference!: string;

  @Column({ name: 'kyx_account_id', length: 36 })
  kyxAccountId!: string;

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
  private token: { value: string; expiresAt: number } | null = null;

  constructor(@InjectRepository(FaceLoginSession) private readonly sessions: Repository<FaceLoginSession>) {}

  /** Client-credentials token of the payments module's OAuth2 client, cached until a minute before it expires. */
  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now() + 60_000) return this.token.value;
    const { data } = await axios.post<{ access_token: string; expires_in: number }>(KYX_EU_TOKEN, 'grant_type=client_credentials', {
      auth: { username: process.env.KYX_CLIENT_ID ?? '', password: process.env.KYX_CLIENT_SECRET ?? '' },
      headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    this.token = { value: data.access_token, expiresAt: Date.now() + data.expires_in * 1000 };
    return data.access_token;
  }

  async start(draft: KyxStandingOrderDraft): Promise<{ url: string; sessionId: string }> {
    const { data } = await axios.put<KyxAuthenticationStarted>(
      `${KYX_EU_ACCOUNTS}/${draft.customer.kyxAccountId}`,
      {
        customerInternalReference: draft.customer.id,
        userReference: draft.customer.id,
        workflowDefinition: { key: 9, credentials: [{ id: draft.customer.kyxIdCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        web: {
          successUrl: `https://online.kestrel-bank.example/standing-orders/${draft.id}/confirm`,
          errorUrl: `https://online.kestrel-bank.example/standing-orders/${draft.id}/face-login-failed`,
          locale: draft.customer.locale,
        },
        tokenLifetime: '15m',
      },
      {
        headers: { Accept: 'application/json', Authorization: `Bearer ${await this.accessToken()}`, 'User-Agent': 'Kestrel-Payments/4.0' },
      },
    );

    const session = this.sessions.create({
      draftId: draft.id,
      kyxAccountId: data.account.id,
      transactionReference: data.workflowExecution.id,
      redirectUrl: data.web.href,
    });
    await this.sessions.save(session);

    return { url: data.web.href, sessionId: session.id };
  }

  /** The callback controller and the poll find the session by the workflow execution id. */
  findByReference(reference: string): Promise<FaceLoginSession | null> {
    return this.sessions.findOneBy({ transactionReference: reference });
  }

  async markDecided(reference: string, passed: boolean): Promise<void> {
    await this.sessions.update({ transactionReference: reference }, { status: passed ? 'PASSED' : 'FAILED' });
  }
}
