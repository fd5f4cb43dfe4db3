import type { GetServerSideProps } from 'next';

export const getServerSideProps: GetServerSideProps = async ({ query }) => {
  const status = String(query.acquisitionStatus ?? '');
  const reference = String(query.workflowExecutionId ?? '');
  return { props: { verified: status === 'SUCCESS', reference } };
};
