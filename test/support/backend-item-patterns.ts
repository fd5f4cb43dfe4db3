// The manual items the backend hold-out judgements expect, by the words that identify each (the same in every round):
// one definition instead of a copy per round's judgement file.
export const CALLBACK = /legacy Jumio authentication callback: KYX posts application\/json/;
export const RESULT = /transactionResult is not in the KYX workflow details/;
export const LOOKUP = /implement resolveKyxAccount in kyx-auth\./;
export const STORE = /store account\.id and the ID credential id/;
export const SEAM = /implement resolveKyxWorkflowAccount\(\)/;
export const CATCH = /try\/catch/;
export const NOT_WHOLE = /the legacy initiate response leaves here whole/;
