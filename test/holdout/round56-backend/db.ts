// Persistence, events and domain types the TypeScript modules of this corpus import (a stand-in for the customers'
// own modules: what sits here is the domain around the identity calls, never a call to the identity vendor).

export interface BankMember {
  id: string;
  memberNo: string;
  enrolmentReference: string;
  locale: string;
}

export declare function saveWireStepUp(stepUp: {
  wireId: string;
  memberId: string;
  reference: string;
  vendorStartedAt: string;
  requestedAt: string;
}): Promise<void>;

export interface DeviceBindingRequest {
  id: string;
  deviceName: string;
  customer: { customerNo: string; enrolmentReference: string };
}

/** Fans a step-up start out to the listeners other teams register (fraud scoring, the push service, …). */
export declare function notifyStepUpStarted(kind: string, answer: unknown): Promise<void>;
export declare function saveDeviceBinding(id: string, faceLogin: { faceLoginReference: string; startedAt: string }): Promise<void>;

export interface HeldRemittance {
  id: string;
  senderId: string;
  faceLoginReference: string;
  amount: number;
}

export declare function recordRemittanceReview(
  id: string,
  review: { faceLoginReference: string; decidedAt: string; officer: string; reviewedAt: string; released: boolean },
): Promise<void>;

export interface CreditUnionMember {
  id: string;
  memberNo: string;
  aurelianProfileId: string;
  locale: string;
}

export declare function saveWireFaceCheck(check: {
  wireId: string;
  memberId: string;
  reference: string;
  vendorStartedAt: string;
  requestedAt: string;
}): Promise<void>;
