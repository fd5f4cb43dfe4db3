// Stories of the identity capture step (Vue 3). The step embeds the Jumio web client; here the client is never loaded:
// each story's play function posts the events the client would post (JSON strings, event type 510) from the preview's
// own window, and the story tells the component to accept messages from that origin.
import type { Meta, StoryObj } from '@storybook/vue3';
import { expect, userEvent, within } from '@storybook/test';
import { http, HttpResponse } from 'msw';
import IdentityCapture from './IdentityCapture.vue';

const REFERENCE = 'sb-5d0c7a1e-2f4b-4c8e-9a61-0b3d2e7f9c10';

const LOADED = {
  authorizationToken: 'sb-token',
  transactionReference: REFERENCE,
  eventType: 510,
  dateTime: '2024-09-12T08:00:00.000Z',
  payload: { value: 'loaded' },
};

const VERIFIED = {
  authorizationToken: 'sb-token',
  transactionReference: REFERENCE,
  eventType: 510,
  dateTime: '2024-09-12T08:01:37.000Z',
  payload: { value: 'success' },
};

const CAMERA_UNAVAILABLE = {
  authorizationToken: 'sb-token',
  transactionReference: REFERENCE,
  eventType: 510,
  dateTime: '2024-09-12T08:00:21.000Z',
  payload: { value: 'error', metainfo: { code: 9820 } },
};

const post = (event: object) => window.postMessage(JSON.stringify(event), window.location.origin);

const meta = {
  title: 'Onboarding/IdentityCapture',
  component: IdentityCapture,
  args: { webClientOrigin: window.location.origin, locale: 'en-GB' },
  render: (args) => ({
    components: { IdentityCapture },
    setup: () => ({ args }),
    template: '<IdentityCapture v-bind="args" />',
  }),
  parameters: {
    msw: {
      handlers: [
        // Our backend's session endpoint; the placeholder page stands in for the web client.
        http.post('/api/identity/sessions', () =>
          HttpResponse.json({ redirectUrl: '/storybook/web-client-placeholder.html', transactionReference: REFERENCE }),
        ),
      ],
    },
  },
} satisfies Meta<typeof IdentityCapture>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {};

export const Verified: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Start identity check' }));

    await step('the web client loads', async () => post(LOADED));
    await step('the capture succeeds', async () => post(VERIFIED));

    await expect(await canvas.findByText('Identity verified')).toBeVisible();
  },
};

export const CameraUnavailable: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Start identity check' }));

    await step('the web client loads', async () => post(LOADED));
    await step('the camera cannot be started', async () => post(CAMERA_UNAVAILABLE));

    await expect(await canvas.findByRole('alert')).toHaveTextContent('Allow camera access');
  },
};
