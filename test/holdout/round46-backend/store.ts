// Persistence and lookups the TypeScript services of this corpus import (a stand-in for the customers' own modules:
// each service's ORM or driver is imported by the service itself; what sits here is the domain around it).
export interface StandingOrderDraft {
  id: string;
  customer: { id: string; jumioEnrollment: string; locale: string };
}

export interface KyxStandingOrderDraft {
  id: string;
  customer: { id: string; kyxAccountId: string; kyxIdCredentialId: string; locale: string };
}

export interface DeviceMember {
  memberNumber: string;
  netverifyEnrollment: string;
}

export interface WithdrawalClient {
  id: string;
  accountNumber: string;
  netverifyScanReference: string;
}

export async function findMemberForDevice(deviceId: string): Promise<DeviceMember | null> {
  void deviceId;
  return null;
}

export async function findClientForWithdrawal(withdrawalId: string): Promise<WithdrawalClient | null> {
  void withdrawalId;
  return null;
}

export async function notifyRentalDesk(riderReference: string, passed: boolean): Promise<void> {
  void riderReference;
  void passed;
}

/** The Nest injection token of the Drizzle database (registered by the database module). */
export const DRIZZLE = Symbol('DRIZZLE');
