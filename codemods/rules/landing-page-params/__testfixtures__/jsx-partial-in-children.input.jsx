import { useSearchParams } from 'react-router-dom';

export function Failed() {
  const [params] = useSearchParams();
  return (
    <div>
      <p>Something went wrong.</p>
      <p>
        {params.get('transactionReference')} / {params.get('errorCode')}
      </p>
    </div>
  );
}
