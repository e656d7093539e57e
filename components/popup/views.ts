/**
 * The parts of the popup that the captured person's first screen does not need (today's list,
 * adding by hand, the setup form), loaded as one chunk when a screen needs them.
 */
export { Setup } from '@/components/setup/Setup';
export { AddManually } from './AddManually';
export { TodayFollowUps } from './TodayFollowUps';
