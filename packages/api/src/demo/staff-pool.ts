import { empoweredToSignOff, handlesComplaints, isManager, isRole, type Role } from '@chp/domain';
import type { DemoPerson } from './rows';

/** Who the generator may give each part of a journey to, by the domain's role predicates. */
export interface Staff {
  handlers: DemoPerson[];
  handlersByArea: Map<string, DemoPerson[]>;
  managers: DemoPerson[];
  signOff: DemoPerson[];
  named: DemoPerson[];
}

const holds = (predicate: (role: Role) => boolean) => (p: DemoPerson) =>
  isRole(p.role) && predicate(p.role);

export function staffOf(people: DemoPerson[]): Staff {
  const handlers = people.filter(holds(handlesComplaints));
  const managers = people.filter(holds(isManager));
  const signOff = people.filter(holds(empoweredToSignOff));
  if (handlers.length === 0 || signOff.length === 0)
    throw new Error('demo data needs at least one handler and one manager or senior manager');
  const handlersByArea = new Map<string, DemoPerson[]>();
  for (const h of handlers.filter((p) => p.role === 'handler' && p.serviceAreaId)) {
    handlersByArea.set(h.serviceAreaId!, [...(handlersByArea.get(h.serviceAreaId!) ?? []), h]);
  }
  return {
    handlers,
    handlersByArea,
    managers,
    signOff,
    named: people.filter((p) => p.role === 'staff' || p.role === 'handler'),
  };
}
