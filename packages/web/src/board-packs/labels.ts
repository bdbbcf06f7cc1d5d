import type { BoardPackStatus } from '@chp/domain';
import type { Tone } from '../lib/ui';

export const STATUS: Record<BoardPackStatus, { label: string; tone: Tone }> = {
  draft: { label: 'Draft', tone: 'neutral' },
  in_review: { label: 'In review', tone: 'warn' },
  approved: { label: 'Approved (frozen)', tone: 'good' },
  withdrawn: { label: 'Withdrawn', tone: 'neutral' },
};
