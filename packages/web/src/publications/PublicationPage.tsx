import { useState } from 'react';
import { useMe } from '../auth/me-context';
import { periodKeyLabel, periodKeyName, writesPublications } from '@chp/domain';
import type { PublicationQuery, PublicationQueryVariables } from '../generated/graphql';
import { formatDate, formatTime } from '../lib/format';
import { usePageTitle } from '../lib/page-title';
import { Link } from '../lib/router';
import { QueryState, SuccessMessage, Tag } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { CandidatesPanel } from './CandidatesPanel';
import { FrozenFiguresTable } from './FrozenFiguresTable';
import { itemFromCandidate } from './item-from-candidate';
import { KIND_LABEL, STATUS } from './labels';
import { PersonalDataFindings } from './PersonalDataFindings';
import { PublicationItems, type Suggestion } from './PublicationItems';
import { PublicationTextsForm } from './PublicationTextsForm';
import { ReviewComments } from './ReviewComments';
import { PUBLICATION } from './queries';
import { usePersonTerm } from '../lib/person-term';
import { WorkflowPanel } from './WorkflowPanel';

const when = (instant: string) => `${formatDate(instant)} ${formatTime(instant)}`;

/** One publication: its texts and items while it is a draft or in review, the check, the workflow and the frozen figures. */
export default function PublicationPage({ params }: { params: Record<string, string> }) {
  const me = useMe();
  const { term, Term } = usePersonTerm();
  const { data, loading, error, refetch } = useKeptQuery<
    PublicationQuery,
    PublicationQueryVariables
  >(PUBLICATION, { id: params['id'] as string });
  const p = data?.publication;
  usePageTitle(p ? p.title : 'Publication');
  const [done, setDone] = useState<string | null>(null);
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);

  const editable = !!p && p.allowedSteps.includes('edit') && writesPublications(me.role);
  const changed = (message: string) => setDone(message);

  return (
    <QueryState
      loading={loading}
      error={error && !p ? error : null}
      retry={() => void refetch()}
      what="Loading the publication"
    >
      {p ? (
        <>
          <p className="breadcrumb no-print">
            <Link to="/publications">Publications</Link> › {p.title}
          </p>
          <div className="page-head">
            <h1>{p.title}</h1>
            <p className="tags">
              <Tag tone={STATUS[p.status].tone}>{STATUS[p.status].label}</Tag>
            </p>
          </div>
          <SuccessMessage message={done} />
          <dl className="facts">
            <dt>Kind</dt>
            <dd>{KIND_LABEL[p.kind]}</dd>
            <dt>Period</dt>
            <dd>
              {periodKeyLabel(p.period)} ({periodKeyName(p.period)})
            </dd>
            <dt>Written by</dt>
            <dd>{p.author.name}</dd>
            {p.lastEditedBy.id !== p.author.id ? (
              <>
                <dt>Last changed by</dt>
                <dd>{p.lastEditedBy.name}</dd>
              </>
            ) : null}
            {p.approvedAt ? (
              <>
                <dt>Approved</dt>
                <dd>
                  {when(p.approvedAt)} by {p.approvedBy?.name ?? '—'}
                </dd>
              </>
            ) : null}
            {p.publishedAt ? (
              <>
                <dt>Published</dt>
                <dd>{when(p.publishedAt)}</dd>
              </>
            ) : null}
            {p.withdrawnAt ? (
              <>
                <dt>Withdrawn</dt>
                <dd>
                  {when(p.withdrawnAt)}: {p.withdrawnReason}
                </dd>
              </>
            ) : null}
          </dl>
          {p.publicPath ? (
            <p>
              <a href={p.publicPath}>Read it on the public site</a>
            </p>
          ) : null}

          <WorkflowPanel
            key={`workflow-${p.version}`}
            publication={p}
            reload={refetch}
            onDone={changed}
          />

          <ReviewComments comments={p.reviewComments} />

          {editable || p.personalDataFindings.length ? (
            <section aria-labelledby="check-heading">
              <h2 id="check-heading">Personal data check</h2>
              {p.personalDataFindings.length ? (
                <>
                  <p>
                    The texts name or contain personal data: {term} or staff names, contact details,
                    addresses or complaint references. It can't be sent for review or approved until
                    they are changed.
                  </p>
                  <PersonalDataFindings findings={p.personalDataFindings} />
                </>
              ) : (
                <p>
                  <Tag tone="good">Nothing found</Tag> The texts name no {term} or member of staff
                  and hold no contact details, addresses or complaint references.
                </p>
              )}
            </section>
          ) : null}

          <section aria-labelledby="texts-heading">
            <h2 id="texts-heading">Texts</h2>
            {editable ? (
              <PublicationTextsForm
                key={`texts-${p.version}`}
                publication={p}
                reload={refetch}
                onSaved={changed}
              />
            ) : (
              <>
                <p className="pre">{p.introduction || <em>No introduction.</em>}</p>
                {p.kind === 'annual' ? (
                  <dl className="facts">
                    <dt>What we learned</dt>
                    <dd className="pre">{p.learning || '—'}</dd>
                    <dt>{Term} experience</dt>
                    <dd className="pre">{p.customerExperience || '—'}</dd>
                    <dt>Staff training</dt>
                    <dd className="pre">{p.staffTraining || '—'}</dd>
                  </dl>
                ) : null}
              </>
            )}
          </section>

          <PublicationItems
            publication={p}
            editable={editable}
            suggestion={suggestion}
            onSuggestionUsed={() => setSuggestion(null)}
            reload={refetch}
            onChanged={changed}
          />

          {editable && p.kind === 'quarterly' ? (
            <CandidatesPanel
              quarter={p.period}
              reportedIds={new Set(p.items.flatMap((i) => i.actions.map((a) => a.id)))}
              onUse={(action) =>
                setSuggestion({
                  key: Date.now(),
                  item: itemFromCandidate(action),
                  titles: [action.title],
                })
              }
            />
          ) : null}

          <section aria-labelledby="figures-heading">
            <h2 id="figures-heading">Headline figures</h2>
            {p.frozenFigures ? (
              <FrozenFiguresTable kind={p.kind} figures={p.frozenFigures} />
            ) : (
              <p>
                The figures for {periodKeyName(p.period)} are frozen when a manager approves the
                publication: the published page never changes after that.
              </p>
            )}
          </section>
        </>
      ) : null}
    </QueryState>
  );
}
