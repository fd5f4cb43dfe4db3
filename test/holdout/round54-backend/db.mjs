// Persistence of the ESM modules of this corpus (a stand-in for the customers' own modules).
export async function findPendingPayment(paymentId, customerId) {
  return { id: paymentId, customerId, amountMinor: 250000 };
}

export async function markPaymentStepUp(paymentId, stepUp) {}

export async function findPayeeTransfer(transferId, customerId) {
  return { id: transferId, customerId, amountMinor: 250000 };
}

export async function markTransferStepUp(transferId, stepUp) {}

export async function findSimSwap(swapId) {
  return { id: swapId, customerNo: 'c-1', faceLoginReference: 'r-1' };
}
