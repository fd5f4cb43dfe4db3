// Vike: pages/kyc/return/+Page.tsx — Jumio sends the user here after the identity check.
import { usePageContext } from 'vike-react/usePageContext';

export default function Page() {
  const pageContext = usePageContext();
  const { transactionStatus, transactionReference, errorCode } = pageContext.urlParsed.search;
  if (transactionStatus === 'SUCCESS') {
    return <p>Thanks! Your identity check {transactionReference} is being processed.</p>;
  }
  return <p>We could not verify your identity (error {errorCode}). Please try again.</p>;
}
