// app/verify/result/page.tsx (Next.js 14): the identity check's landing page, props.searchParams parsed with zod.
import { z } from 'zod';

const Query = z.object({ transactionStatus: z.string(), transactionReference: z.string().optional() });

export default function ResultPage(props: { searchParams: Record<string, string> }) {
  const query = Query.parse(props.searchParams);
  return query.transactionStatus === 'SUCCESS' ? <p>Verified {query.transactionReference}</p> : <p>Verification failed</p>;
}
