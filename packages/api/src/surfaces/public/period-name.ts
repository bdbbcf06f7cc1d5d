export { publicPeriodName as periodName } from '@chp/domain';
