// app/routes/orders.$id.tsx — a shop's order page: meta reads a lone transactionStatus (the processor's), the page
// reads the order from its loader, not from the query.
import type { MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';

export const meta: MetaFunction = ({ location }) => {
  const params = new URLSearchParams(location.search);
  return [{ title: params.get('transactionStatus') === 'SUCCESS' ? 'Order placed' : 'Order' }];
};

export default function Order() {
  const { order } = useLoaderData<{ order: { id: string; transactionReference: string } }>();
  return <Link to="/orders">Order {order.id} ({order.transactionReference})</Link>;
}
