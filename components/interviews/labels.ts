import type { InterviewStatus } from '@/lib/interviews/rules';
import type { ThankYouChannel } from '@/lib/interviews/thank-you';

export type InterviewMode = 'in-person' | 'phone' | 'video';

export const MODE_LABELS: Record<InterviewMode, string> = {
  'in-person': 'In person',
  phone: 'Phone call',
  video: 'Video call',
};

export const STATUS_LABELS: Record<InterviewStatus, string> = {
  planned: 'Planned',
  scheduled: 'Scheduled',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const THANK_YOU_CHANNEL_LABELS: Record<ThankYouChannel, string> = {
  email: 'E-mail',
  card: 'Card',
  both: 'E-mail and card',
};
