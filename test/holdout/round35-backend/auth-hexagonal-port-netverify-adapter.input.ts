// Identity context of the members' API, ports and adapters. The application core knows only the
// IdentityVerificationPort; NetverifyAdapter is the outbound adapter that speaks the vendor's face-login API (EU data
// centre) with axios, and StartFaceLoginUseCase is the application service the HTTP layer calls. The composition
// root at the bottom wires the adapter into the use case.
import axios from 'axios';
import { saveFaceLogin } from './store.js';

// ---- application core: the port and its types ---------------------------------------------------------------

export interface StartFaceLoginCommand {
  memberId: string;
  enrolmentReference: string;
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

const NETVERIFY_FACE_LOGIN_URL = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const NETVERIFY_API_TOKEN = process.env.NETVERIFY_API_TOKEN ?? '';
const NETVERIFY_API_SECRET = process.env.NETVERIFY_API_SECRET ?? '';

interface NetverifyInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export class NetverifyAdapter implements IdentityVerificationPort {
  constructor(private readonly portalUrl: string) {}

  async startFaceLogin(command: StartFaceLoginCommand): Promise<FaceLoginSession> {
    const { data } = await axios.post<NetverifyInitiateResponse>(
      NETVERIFY_FACE_LOGIN_URL,
      {
        enrollmentTransactionReference: command.enrolmentReference,
        userReference: command.memberId,
        successUrl: `${this.portalUrl}/face-login/complete`,
        errorUrl: `${this.portalUrl}/face-login/failed`,
        callbackUrl: `${this.portalUrl}/hooks/identity/face-login`,
        locale: command.locale,
        tokenLifetimeInMinutes: 10,
      },
      {
        auth: { username: NETVERIFY_API_TOKEN, password: NETVERIFY_API_SECRET },
        headers: { Accept: 'application/json', 'User-Agent': 'Kestrel Bank Identity/2.6' },
      },
    );
    // The core never sees the vendor's field names: the adapter maps them onto the port's session.
    return { sessionUrl: data.redirectUrl, reference: data.transactionReference, startedAt: data.timestamp };
  }
}

// ---- application service ---------------------------------------------------------------------------------------

export class StartFaceLoginUseCase {
  constructor(private readonly identity: IdentityVerificationPort) {}

  async execute(command: StartFaceLoginCommand): Promise<{ redirectTo: string; startedAt: string }> {
    if (!command.enrolmentReference) {
      throw new Error(`member ${command.memberId} has no completed enrolment`);
    }
    const session = await this.identity.startFaceLogin(command);
    await saveFaceLogin(command.memberId, session.reference);
    return { redirectTo: session.sessionUrl, startedAt: session.startedAt };
  }
}

// ---- composition root ------------------------------------------------------------------------------------------

export const startFaceLogin = new StartFaceLoginUseCase(
  new NetverifyAdapter(process.env.MEMBER_PORTAL_URL ?? 'https://members.kestrel-bank.example'),
);
