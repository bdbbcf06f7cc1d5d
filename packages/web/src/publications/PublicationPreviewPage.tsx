import { useState } from 'react';
import { useMe } from '../auth/me-context';
import type {
  PublicationPreviewQuery,
  PublicationPreviewQueryVariables,
} from '../generated/graphql';
import { usePageTitle } from '../lib/page-title';
import { Link } from '../lib/router';
import { QueryState, SuccessMessage } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { approvalNote, maySendBack, workflowSteps } from './labels';
import { PersonalDataFindings } from './PersonalDataFindings';
import { APPROVE, PUBLICATION_PREVIEW } from './queries';
import { SendBackForm } from './SendBackForm';
import { usePublicationMutation } from './use-publication-mutation';
import type { PublicationDetail } from './types';

export const PREVIEW_LABEL = 'Preview – not published';

/**
 * The approver's preview (docs/procedure.md, Reporting and publishing: review): the public page as
 * it will look, rendered by the public site itself with the figures approval would freeze now,
 * then the decision: approve, or send back with comments.
 */
export default function PublicationPreviewPage({ params }: { params: Record<string, string> }) {
  const id = params['id'] as string;
  const { data, loading, error, refetch } = useKeptQuery<
    PublicationPreviewQuery,
    PublicationPreviewQueryVariables
  >(PUBLICATION_PREVIEW, { id });
  const p = data?.publication;
  const [done, setDone] = useState<string | null>(null);
  usePageTitle(p ? `${PREVIEW_LABEL}: ${p.title}` : PREVIEW_LABEL);
  return (
    <QueryState
      loading={loading}
      error={error && !p ? error : null}
      retry={() => void refetch()}
      what="Preparing the preview"
    >
      {p ? (
        <>
          <p className="breadcrumb no-print">
            <Link to="/publications">Publications</Link> ›{' '}
            <Link to={`/publications/${p.id}`}>{p.title}</Link> › Preview
          </p>
          <h1>{PREVIEW_LABEL}</h1>
          <SuccessMessage message={done} />
          {done ? (
            <p>
              <Link to={`/publications/${p.id}`}>Back to the publication</Link>
            </p>
          ) : null}
          <p>
            How “{p.title}” will look on the public site, with the figures approval would fix now.
            Nobody outside can see it yet.
          </p>
          <iframe
            className="publication-preview"
            title={`${PREVIEW_LABEL}: ${p.title}`}
            srcDoc={p.previewHtml}
            sandbox=""
          />
          {done ? null : <Decision publication={p} reload={refetch} onDone={setDone} />}
        </>
      ) : null}
    </QueryState>
  );
}

/** Approve, or send back with comments; or why this person may not approve. */
function Decision({
  publication,
  reload,
  onDone,
}: {
  publication: PublicationDetail;
  reload: () => Promise<unknown>;
  onDone: (message: string) => void;
}) {
  const me = useMe();
  const isAuthor = publication.author.id === me.id;
  const isLastEditor = publication.lastEditedBy.id === me.id;
  const allowed = publication.allowedSteps;
  const canApprove = workflowSteps(allowed, me.role, isAuthor, isLastEditor).includes('approve');
  const canSendBack = maySendBack(allowed, me.role, isAuthor);
  const note = approvalNote(allowed, me.role, isAuthor, isLastEditor);
  const approve = usePublicationMutation(APPROVE, publication, [], reload);
  const [sending, setSending] = useState(false);

  if (!canApprove && !canSendBack && !note) return null;
  return (
    <section aria-labelledby="decision-heading" className="no-print">
      <h2 id="decision-heading">Your decision</h2>
      {approve.errors.form ? (
        <div role="alert" className="error-box">
          <p>
            {approve.findings.length
              ? 'Not approved: the personal-data check found something that must not be published.'
              : approve.errors.form}
          </p>
          {approve.findings.length ? <PersonalDataFindings findings={approve.findings} /> : null}
        </div>
      ) : null}
      {note ? <p className="hint">{note}</p> : null}
      <div className="step-buttons">
        {canApprove ? (
          <button
            type="button"
            className="primary"
            disabled={approve.loading}
            onClick={async () => {
              if (await approve.run())
                onDone('Approved: the headline figures are frozen. It can be published now.');
            }}
          >
            {approve.loading ? 'Approve…' : 'Approve'}
          </button>
        ) : null}
        {canSendBack ? (
          <button type="button" aria-expanded={sending} onClick={() => setSending((s) => !s)}>
            Send back with comments
          </button>
        ) : null}
      </div>
      {sending ? (
        <SendBackForm
          publication={publication}
          reload={reload}
          onSent={() => onDone('Sent back to draft with your comments.')}
          onCancel={() => setSending(false)}
        />
      ) : null}
    </section>
  );
}
