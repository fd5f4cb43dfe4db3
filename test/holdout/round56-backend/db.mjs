// Persistence and messaging of the ESM modules of this corpus (a stand-in for the customers' own modules).
export async function loadConversation(chatId) {
  return { chatId, step: 'IDLE' };
}

export async function saveConversation(chatId, state) {}

export async function sendButton(chatId, button) {}

export async function findMandate(id, companyId) {
  return { id, companyId, signatory: { directorNo: 'D-1001', netverifyEnrollment: 'r-1' } };
}

export async function saveMandateStepUp(mandateId, reference, startedAt) {}

export async function openFraudCase(customerReference, faceLoginReference, analystId) {}

export async function findKyxMandate(id, companyId) {
  return { id, companyId, signatory: { directorNo: 'D-2001', kyxAccountId: 'a-1', kyxIdCredentialId: 'c-1' } };
}

export async function saveMandateWorkflow(mandateId, workflowExecutionId, startedAt) {}
