import type { Meta, StoryObj } from '@storybook/react';
import { WeeklyChart } from './WeeklyChart';

const meta: Meta<typeof WeeklyChart> = { title: 'Activity/WeeklyChart', component: WeeklyChart };
export default meta;

// Steps per day, Monday first (a real week from the design team's watch).
const STEPS = [9100, 9836, 9210, 9400, 9800, 12031, 4120];

export const Steps: StoryObj<typeof WeeklyChart> = {
  args: { label: 'Steps', goal: 10000, series: STEPS },
};
