import { BoardPackResolver } from './board-pack.resolver';

export const boardPackResolvers = [BoardPackResolver] as const;
