import type { QueryRunner } from 'typeorm';
import { requireViewer } from '../../core/auth-checker';
import type { ChpContext } from '../../core/context';
import { transactionFor, type Tx } from '../../core/mutation';
import { queryPrepared } from '../../core/prepared-statements';
import { ownOrganisationOnly } from '../../core/viewer';

/**
 * A transaction whose work may send its last statement together with the COMMIT
 * (`endWith`): the two go to PostgreSQL back to back (pipelined), the COMMIT without waiting for
 * the API to read the statement's answer. A statement that takes the organisation's reference number holds
 * the counter row until COMMIT, and every recording of the organisation and year queues behind
 * it (issue 19): sampling the recordings under load found the holder mostly idle in its
 * transaction, waiting for the API's COMMIT, not working.
 */
export interface EndingTx extends Tx {
  /**
   * Sends `sql` and then COMMIT, and answers the statement's rows once both are done. Nothing
   * may be sent after it: the transaction is over. If the statement fails, PostgreSQL ends the
   * transaction at the COMMIT (as a ROLLBACK) and the statement's error is thrown.
   */
  endWith<R>(sql: string, parameters: unknown[]): Promise<R[]>;
}

/**
 * core/mutation.ts's mutate (one transaction, the viewer narrowed to their own organisation, the
 * audit trail; any error rolls back every write) for work that may end with `endWith`.
 */
export async function mutateEndingWith<T>(
  ctx: ChpContext,
  operation: string,
  work: (tx: EndingTx) => Promise<T>,
): Promise<T> {
  const viewer = ownOrganisationOnly(requireViewer(ctx));
  const now = ctx.clock();
  ctx.loaders.forgetReadAhead();
  const runner = ctx.dataSource.createQueryRunner();
  let open = false;
  try {
    await runner.startTransaction();
    open = true;
    const em = runner.manager;
    const tx: EndingTx = {
      ...transactionFor(em, viewer, now, operation),
      endWith: async <R>(sql: string, parameters: unknown[]) => {
        if (!open) throw new Error('endWith: the transaction is over');
        open = false;
        // node-postgres' pipeline mode writes each query as it is given, without waiting for the
        // one before to be answered; only these two are sent that way
        const client = (await runner.connect()) as { pipeline: boolean };
        client.pipeline = true;
        let statement: PromiseSettledResult<R[]>;
        let commit: PromiseSettledResult<unknown>;
        try {
          [statement, commit] = await Promise.allSettled([
            queryPrepared<R>(runner, sql, parameters),
            runner.query('COMMIT'),
          ]);
        } finally {
          client.pipeline = false;
        }
        ended(runner);
        if (statement.status === 'rejected') throw statement.reason;
        if (commit.status === 'rejected') throw commit.reason;
        return statement.value;
      },
    };
    const result = await work(tx);
    if (open) {
      open = false;
      await runner.commitTransaction();
    }
    return result;
  } catch (error) {
    if (open) {
      open = false;
      await runner.rollbackTransaction().catch(() => undefined);
    }
    throw error;
  } finally {
    await runner.release();
  }
}

/** The runner's transaction ended by a COMMIT it did not send itself. */
function ended(runner: QueryRunner): void {
  (runner as { isTransactionActive: boolean }).isTransactionActive = false;
}
