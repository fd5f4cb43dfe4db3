import type { Meta, StoryObj } from '@storybook/react';
import { TransferReceipt } from './TransferReceipt';

const meta: Meta<typeof TransferReceipt> = {
  title: 'Transfers/TransferReceipt',
  component: TransferReceipt,
};
export default meta;

type Story = StoryObj<typeof TransferReceipt>;

export const Completed: Story = {
  args: { transactionStatus: 'SUCCESS', transactionReference: 'FT23150XK9' },
};

export const Rejected: Story = {
  args: { transactionStatus: 'ERROR', transactionReference: 'FT23150XK9', errorCode: 'AC01' },
};
