'use client';
// Lookalike: the same Next.js 15 landing page already on KYX (acquisitionStatus / workflowExecutionId).
import { use } from 'react';

type Search = { acquisitionStatus?: string; workflowExecutionId?: string; accountId?: string };

export default function VerifyDonePage({ searchParams }: { searchParams: Promise<Search> }) {
  const { acquisitionStatus, workflowExecutionId } = use(searchParams);
  if (acquisitionStatus !== 'SUCCESS') return <p>We could not verify you.</p>;
  return <p>Thanks, you are verified (reference {workflowExecutionId}).</p>;
}
