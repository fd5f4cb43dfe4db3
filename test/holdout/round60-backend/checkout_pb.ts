// Messages of checkout.proto (Quay Pay's CheckoutService), as protoc's TypeScript declarations describe the generated
// classes (a stand-in for the generated module: declarations only).
//
//   message CreateCheckoutRequest { string order_id = 1; string locale = 2; }
//   message CreateCheckoutReply { string redirect_url = 1; string transaction_reference = 2; string started_at = 3; }

export declare class CreateCheckoutRequest {
  getOrderId(): string;
  getLocale(): string;
}

export declare class CreateCheckoutReply {
  setRedirectUrl(value: string): CreateCheckoutReply;
  setTransactionReference(value: string): CreateCheckoutReply;
  setStartedAt(value: string): CreateCheckoutReply;
}
