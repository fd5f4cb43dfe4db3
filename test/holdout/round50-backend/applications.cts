// The loan-origination service's application store (a stand-in for the customer's own CommonJS module; never an
// input): the TypeScript CommonJS modules require it with `import applications = require('./applications.cjs')`.
interface CoApplicant {
  id: string;
  name: string;
}

interface LoanApplication {
  id: string;
  coApplicants: CoApplicant[];
}

async function find(applicationId: string): Promise<LoanApplication> {
  return { id: applicationId, coApplicants: [] };
}

async function saveIdCheck(applicationId: string, coApplicantId: string, reference: string): Promise<void> {
  void applicationId;
  void coApplicantId;
  void reference;
}

export = { find, saveIdCheck };
