// Storybook stories of the checkout's card widget.
import type { Meta, StoryObj } from '@storybook/react';
import { expect, waitFor, within } from '@storybook/test';
import { CardWidget } from './CardWidget';

const meta: Meta<typeof CardWidget> = { title: 'Checkout/CardWidget', component: CardWidget, args: { amount: 4200 } };
export default meta;

export const Paid: StoryObj<typeof CardWidget> = {
  play: async ({ canvasElement }) => {
    window.postMessage(JSON.stringify({ transactionReference: 'pay-0001', payload: { value: 'success' } }), '*');
    await waitFor(() => expect(within(canvasElement).getByText(/paid/i)).toBeInTheDocument());
  },
};
