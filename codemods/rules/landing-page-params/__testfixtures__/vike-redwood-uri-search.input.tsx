// Identity-check return pages: Vike, RedwoodJS and URI.js.
import { usePageContext } from 'vike-react/usePageContext';
import { useParams } from '@redwoodjs/router';
import URI from 'urijs';

export function VikeReturn() {
  const pageContext = usePageContext();
  const { transactionStatus, transactionReference } = pageContext.urlParsed.search;
  return transactionStatus === 'SUCCESS' ? <p>Verified ({transactionReference})</p> : <p>Verification failed</p>;
}

export function RedwoodReturn() {
  const { transactionStatus, transactionReference } = useParams();
  return transactionStatus === 'SUCCESS' ? <p>Verified ({transactionReference})</p> : <p>Verification failed</p>;
}

export function uriReturn(): string {
  const query = URI(window.location.href).search(true);
  return query.transactionStatus === 'SUCCESS' ? `Verified (${query.transactionReference})` : 'Verification failed';
}
