// src/routes/orders/receipt.tsx: preloads the order named in the query; the page shows the order.
import { createAsync, cache, useParams, type RouteDefinition } from '@solidjs/router';
import { fetchOrder } from '~/api/orders';

const order = cache((reference: string) => fetchOrder(reference), 'order');

export const route = {
  preload: ({ location }) => {
    const reference = location.query.transactionReference;
    if (typeof reference === 'string') void order(reference);
  },
} satisfies RouteDefinition;

export default function Receipt() {
  const params = useParams();
  const found = createAsync(() => order(params.id));
  return <p>Order {found()?.number}</p>;
}
