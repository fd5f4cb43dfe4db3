// Support file for shared-type-imported-flagged.input.ts (not a fixture itself): the details type, in its own module.
export interface JumioAuthDetails {
  transactionReference: string;
  transactionResult: string;
  userReference: string;
}
