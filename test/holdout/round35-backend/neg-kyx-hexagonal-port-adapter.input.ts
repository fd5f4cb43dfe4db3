// Identity context of the members' API, ports and adapters. The application core knows only the
// IdentityVerificationPort; KyxAdapter is the outbound adapter for the KYX platform (EMEA region): it runs workflow 9
// on the member's account with axios and its own client-credentials token. StartFaceLoginUseCase is the application
// service the HTTP layer calls; the composition root at the bottom wires them.
import axios from 'axios';
import { saveFaceLogin } from './store.js';

// ---- application core: the port and its types ---------------------------------------------------------------

export interface StartFaceLoginCommand {
  memberId: string;
  account: { id: string; idCredentialId: string };
  locale: string;
}

export interface FaceLoginSession {
  sessionUrl: string;
  reference: string;
  startedAt: string;
}

export interface IdentityVerificationPort {
  startFaceLogin(command: StartFaceLoginCommand): Promise<FaceLoginSession>;
}

// ---- outbound adapter ------------------------------------------------------------------------------------------

const KYX_ACCOUNTS = 'https://account.emea-1.jumio.ai/api/v1/accounts';
const KYX_TOKEN_URL = 'https://auth.emea-1.jumio.ai/oauth2/token';

interface KyxAccountUpdateResponse {
  timestamp: string;
  account: { id: string };
  web: { href: string };
  workflowExecution: { id: string };
}

export class KyxAdapter implements IdentityVerificationPort {
  private token: { value: string; expiresAt: number } | undefined;

  constructor(private readonly portalUrl: string) {}

  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now() + 60_000) return this.token.value;
    const { data } = await axios.post<{ access_token: string; expires_in: number }>(KYX_TOKEN_URL, 'grant_type=client_credentials', {
      auth: { username: process.env.KYX_CLIENT_ID ?? '', password: process.env.KYX_CLIENT_SECRET ?? '' },
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    });
    this.token = { value: data.access_token, expiresAt: Date.now() + data.expires_in * 1000 };
    return data.access_token;
  }

  async startFaceLogin(command: StartFaceLoginCommand): Promise<FaceLoginSession> {
    const { data } = await axios.put<KyxAccountUpdateResponse>(
      `${KYX_ACCOUNTS}/${command.account.id}`,
      {
        customerInternalReference: command.memberId,
        userReference: command.memberId,
        workflowDefinition: { key: 9, credentials: [{ id: command.account.idCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        callbackUrl: `${this.portalUrl}/hooks/identity/face-login`,
        web: {
          successUrl: `${this.portalUrl}/face-login/complete`,
          errorUrl: `${this.portalUrl}/face-login/failed`,
          locale: command.locale,
        },
        tokenLifetime: '10m',
      },
      {
        headers: { Accept: 'application/json', 'User-Agent': 'Kestrel Bank Identity/3.0', Authorization: `Bearer ${await this.accessToken()}` },
      },
    );
    // The core never sees the platform's field names: the adapter maps them onto the port's session.
    return { sessionUrl: data.web.href, reference: data.workflowExecution.id, startedAt: data.timestamp };
  }
}

// ---- application service ---------------------------------------------------------------------------------------

export class StartFaceLoginUseCase {
  constructor(private readonly identity: IdentityVerificationPort) {}

  async execute(command: StartFaceLoginCommand): Promise<{ redirectTo: string; startedAt: string }> {
    const session = await this.identity.startFaceLogin(command);
    await saveFaceLogin(command.memberId, session.reference);
    return { redirectTo: session.sessionUrl, startedAt: session.startedAt };
  }
}

// ---- composition root ------------------------------------------------------------------------------------------

export const startFaceLogin = new StartFaceLoginUseCase(
  new KyxAdapter(process.env.MEMBER_PORTAL_URL ?? 'https://members.kestrel-bank.example'),
);
