// Every identity call of the members' API goes through one template: NetverifyGateway.send() signs the request with
// the API user's pair, posts what the subclass's payload() builds to the subclass's endpoint() and hands the answer to
// the subclass's toResult(). FaceLoginInitiation (log in with your face) and IdentityEnrolment (the ID check that
// enrols the face) fill the template for the EU data centre.
import { saveFaceLogin, saveKycCase } from './store.js';

export abstract class NetverifyGateway<I, O> {
  protected readonly userAgent = 'Alder Mutual Members API/7.0';

  protected abstract endpoint(): string;
  protected abstract payload(input: I): Record<string, unknown>;
  protected abstract toResult(answer: any): O;

  /** The template method: the same signing, sending and error handling for every call. */
  async send(input: I): Promise<O> {
    const res = await fetch(this.endpoint(), {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'User-Agent': this.userAgent,
        Authorization: 'Basic ' + Buffer.from(`${process.env.NETVERIFY_API_TOKEN}:${process.env.NETVERIFY_API_SECRET}`).toString('base64'),
      },
      body: JSON.stringify(this.payload(input)),
    });
    if (!res.ok) {
      throw new Error(`${this.constructor.name}: identity provider answered ${res.status}`);
    }
    return this.toResult(await res.json());
  }
}

interface FaceLoginInput {
  memberId: string;
  enrolmentReference: string;
}

interface EnrolmentInput {
  memberId: string;
  country: string;
}

export interface IdentityLink {
  url: string;
  reference: string;
}

export class FaceLoginInitiation extends NetverifyGateway<FaceLoginInput, IdentityLink> {
  protected endpoint(): string {
    return 'https://lon.netverify.com/api/authentication/v1/web/initiate';
  }

  protected payload(input: FaceLoginInput): Record<string, unknown> {
    return {
      enrollmentTransactionReference: input.enrolmentReference,
      userReference: input.memberId,
      successUrl: 'https://members.alder-mutual.example/face-login/done',
      errorUrl: 'https://members.alder-mutual.example/face-login/failed',
      tokenLifetimeInMinutes: 15,
    };
  }

  protected toResult(answer: { redirectUrl: string; transactionReference: string }): IdentityLink {
    return { url: answer.redirectUrl, reference: answer.transactionReference };
  }
}

export class IdentityEnrolment extends NetverifyGateway<EnrolmentInput, IdentityLink> {
  protected endpoint(): string {
    return 'https://lon.netverify.com/api/v4/initiate';
  }

  protected payload(input: EnrolmentInput): Record<string, unknown> {
    return {
      customerInternalReference: `member-${input.memberId}`,
      userReference: input.memberId,
      workflowId: 200,
      presets: [{ index: 1, country: input.country, type: 'ID_CARD' }],
      successUrl: 'https://members.alder-mutual.example/identity/done',
      errorUrl: 'https://members.alder-mutual.example/identity/failed',
    };
  }

  protected toResult(answer: { redirectUrl: string; transactionReference: string }): IdentityLink {
    return { url: answer.redirectUrl, reference: answer.transactionReference };
  }
}

const faceLogin = new FaceLoginInitiation();
const enrolment = new IdentityEnrolment();

export async function beginFaceLogin(memberId: string, enrolmentReference: string): Promise<string> {
  const link = await faceLogin.send({ memberId, enrolmentReference });
  await saveFaceLogin(memberId, link.reference);
  return link.url;
}

export async function beginEnrolment(memberId: string, country: string): Promise<string> {
  const link = await enrolment.send({ memberId, country });
  await saveKycCase(memberId, link.reference);
  return link.url;
}
