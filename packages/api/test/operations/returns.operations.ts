import { Role } from '../../src/core/role';
import type { OperationCase } from './operation-case';
import { badPeriods } from './analytics.operations';
import type { Call } from '../support/must';

export const RETURNS_QUERY = `query($period: PeriodInput!) { regulatorReturns(period: $period) {
  period { from to label } population populationWording
  spso { indicator label unit stage1 stage2Direct stage2Escalated all }
  receipts { receivedAtStage1 receivedAtStage2 escalated }
  arc { stage1 { received respondedInFull totalWorkingDays averageWorkingDays withinTimescale }
        stage2 { received respondedInFull totalWorkingDays averageWorkingDays withinTimescale } }
  reconciliation { figure label spsoFigure spsoValue differences { reason value } arcValue unexplained } } }`;

const call = (query: string, variables: Record<string, unknown>): Call => ({ query, variables });

export const returnsOperations: OperationCase[] = [
  {
    name: 'regulatorReturns',
    kind: 'query',
    allowed: [Role.admin, Role.senior_manager, Role.manager],
    valid: async () => call(RETURNS_QUERY, { period: { financialYear: 2025 } }),
    invalid: badPeriods(RETURNS_QUERY),
  },
];
