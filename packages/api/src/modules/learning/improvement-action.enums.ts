import { registerEnumType } from 'type-graphql';

/** From proposal to verified effect (Part 4, Learning from complaints). */
export enum ActionStatus {
  proposed = 'proposed',
  authorised = 'authorised',
  in_progress = 'in_progress',
  done = 'done',
  verified = 'verified',
  cancelled = 'cancelled',
}
registerEnumType(ActionStatus, { name: 'ActionStatus' });

export enum Effectiveness {
  effective = 'effective',
  partly_effective = 'partly_effective',
  not_effective = 'not_effective',
}
registerEnumType(Effectiveness, {
  name: 'Effectiveness',
  description: 'What monitoring found after the action was done',
});
