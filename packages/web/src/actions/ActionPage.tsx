import { useState } from 'react';
import { useMe } from '../auth/me-context';
import type { ActionQuery, ActionQueryVariables } from '../generated/graphql';
import { readsComplaints } from '@chp/domain';
import { usePageTitle } from '../lib/page-title';
import { QueryState } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { ActionView } from './ActionView';
import { ACTION } from './queries';
import { StepFormFor } from './steps/index';
import type { ActionStep } from './types';

/** One improvement action: loads it, and runs the step forms the API allows. */
export default function ActionPage({ params }: { params: Record<string, string> }) {
  const me = useMe();
  const { data, loading, error, refetch } = useKeptQuery<ActionQuery, ActionQueryVariables>(
    ACTION,
    {
      id: params['id'] as string,
      complaints: readsComplaints(me.role),
    },
  );
  const a = data?.improvementAction;
  usePageTitle(a ? a.title : 'Improvement action');
  const [open, setOpen] = useState<ActionStep | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const onDone = async (message: string) => {
    await refetch();
    setOpen(null);
    setDone(message);
  };

  return (
    <QueryState
      loading={loading}
      error={error && !a ? error : null}
      retry={() => void refetch()}
      what="Loading the action"
    >
      {a ? (
        <ActionView
          action={a}
          done={done}
          open={open}
          onToggle={(s) => {
            setDone(null);
            setOpen(open === s ? null : s);
          }}
          form={
            open ? (
              // keyed by step only: after a stale version the form stays, saying so, with the new version
              <StepFormFor
                key={open}
                step={open}
                action={a}
                onDone={onDone}
                onCancel={() => setOpen(null)}
                reload={refetch}
              />
            ) : null
          }
        />
      ) : null}
    </QueryState>
  );
}
