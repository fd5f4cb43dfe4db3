// Persistence of the TypeScript and ES modules of this corpus (a stand-in for the customers' own modules; never an
// input).
export interface Dispatcher {
  employeeNo: string;
  idScanReference: string;
}

export async function findDispatcherBySlackId(slackUserId: string): Promise<Dispatcher | undefined> {
  return { employeeNo: `E-${slackUserId}`, idScanReference: 'scan-ref' };
}

export async function recordDispatchFaceLogin(loadId: string, employeeNo: string, faceLoginReference: string): Promise<void> {}

export interface FieldEngineer {
  personalNo: string;
  enrolmentReference: string;
}

export async function findEngineerByAadId(aadObjectId: string): Promise<FieldEngineer | undefined> {
  return { personalNo: `P-${aadObjectId}`, enrolmentReference: 'scan-ref' };
}

export async function recordUnlockRequest(substationId: string, personalNo: string, faceLoginReference: string): Promise<void> {}

export interface Applicant {
  applicantNo: string;
  applicationNo: string;
  name: string;
}

export async function findApplicant(applicantNo: string): Promise<Applicant | undefined> {
  return { applicantNo, applicationNo: `A-${applicantNo}`, name: 'Applicant' };
}

export async function saveApplicantIdCheck(applicantNo: string, idCheckReference: string): Promise<void> {}

export async function saveApplicantHoldingDeposit(applicantNo: string, paymentReference: string): Promise<void> {}

export async function findPharmacistKyxAccount(pharmacistId: string): Promise<{ accountId: string; credentialId: string }> {
  return { accountId: `account-of-${pharmacistId}`, credentialId: `credential-of-${pharmacistId}` };
}

// Used by the ES module inputs (Discord command, payroll worker, fraud-team Bolt app).
export async function findMemberByDiscordId(discordUserId: string): Promise<{ memberNo: string; idCheckReference: string } | undefined> {
  return undefined;
}

export async function saveRoleRequest(memberNo: string, guildId: string, faceLoginReference: string): Promise<void> {}

export interface OpenApproval {
  runId: string;
  approverNo: string;
  approverName: string;
  faceLoginReference: string;
}

export async function listOpenApprovalFaceLogins(): Promise<OpenApproval[]> {
  return [];
}

export async function closeApprovalFaceLogin(runId: string, outcome: { approved: boolean; reference: string }): Promise<void> {}

export async function findStepUpByReference(faceLoginReference: string): Promise<{ id: string; channelId: string; messageTs: string } | undefined> {
  return undefined;
}

export async function markStepUp(stepUpId: string, outcome: { result: string; completedAt: string }): Promise<void> {}
