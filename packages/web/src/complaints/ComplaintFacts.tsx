import { formatDate, formatTime, humanise } from '../lib/format';
import { correctionLines, journeyDetails, journeyTitle } from './journey';
import { CHANNELS, CONTACT_TYPES, OTHER_OUTCOMES } from './labels';
import { Link } from '../lib/router';
import type { ComplaintDetail } from './types';
import { usePersonTerm } from '../lib/person-term';

/** What the complaint is about, who made it and who handles it. */
export function ComplaintFacts({ c, personal }: { c: ComplaintDetail; personal: boolean }) {
  const { term, Term } = usePersonTerm();
  const channel = CHANNELS.find(([v]) => v === c.channel)?.[1] ?? humanise(c.channel);
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">About the complaint</h2>
      <dl className="facts">
        <dt>Received</dt>
        <dd>
          {formatDate(c.receivedAt)} at {formatTime(c.receivedAt)}
        </dd>
        <dt>Service area</dt>
        <dd>{c.serviceArea.name}</dd>
        <dt>Category</dt>
        <dd>{c.category}</dd>
        <dt>How it arrived</dt>
        <dd>{channel}</dd>
        <dt>Handler</dt>
        <dd>{c.handler?.name ?? 'Not assigned'}</dd>
        {c.awareOn ? (
          <>
            <dt>{Term} knew of the problem</dt>
            <dd>{formatDate(c.awareOn)}</dd>
          </>
        ) : null}
        {c.contactType !== 'complaint' ? (
          <>
            <dt>Contact</dt>
            <dd>{CONTACT_TYPES.find(([t]) => t === c.contactType)?.[1]}</dd>
          </>
        ) : null}
        {c.otherOutcome ? (
          <>
            <dt>Outcome</dt>
            <dd>
              {OTHER_OUTCOMES.find(([o]) => o === c.otherOutcome)?.[1]}
              {c.otherOutcomeOn ? ` (${formatDate(c.otherOutcomeOn)})` : ''}
              {c.duplicateOf ? (
                <>
                  {' of '}
                  <Link to={`/complaints/${c.duplicateOf.id}`}>{c.duplicateOf.reference}</Link>
                </>
              ) : null}
            </dd>
            {personal && c.otherOutcomeReason ? (
              <>
                <dt>{c.otherOutcome === 'not_a_complaint' ? 'Signposting given' : 'Reason'}</dt>
                <dd className="pre">{c.otherOutcomeReason}</dd>
              </>
            ) : null}
          </>
        ) : null}
        {personal && c.specialCircumstances ? (
          <>
            <dt>Made after the time limit: special circumstances</dt>
            <dd className="pre">{c.specialCircumstances}</dd>
          </>
        ) : null}
        {c.otherOrganisation ? (
          <>
            <dt>Other organisation</dt>
            <dd>
              {c.otherOrganisation}
              {personal && c.passedToOtherOrganisation ? `: ${c.passedToOtherOrganisation}` : ''}
            </dd>
          </>
        ) : null}
        {c.contractor ? (
          <>
            <dt>Contractor</dt>
            <dd>{c.contractor}</dd>
          </>
        ) : null}
        {personal && c.electedMember ? (
          <>
            <dt>Elected member acting for the {term}</dt>
            <dd>{c.electedMember}</dd>
          </>
        ) : null}
        <dt>Root causes</dt>
        <dd>
          {c.rootCauses.length ? c.rootCauses.map((r) => r.name).join(', ') : 'None recorded'}
        </dd>
        {c.spsoDecision ? (
          <>
            <dt>SPSO decision</dt>
            <dd>
              {humanise(c.spsoDecision)}
              {c.spsoDecidedOn ? ` (${formatDate(c.spsoDecidedOn)})` : ''}
            </dd>
          </>
        ) : null}
        {personal && c.summary !== undefined ? (
          <>
            <dt>What it is about</dt>
            <dd className="pre">{c.summary}</dd>
            <dt>What the {term} wants</dt>
            <dd className="pre">{c.outcomeSought || '—'}</dd>
          </>
        ) : null}
      </dl>
      {personal ? (
        <>
          <h3>{Term}</h3>
          {c.customer ? (
            <dl className="facts">
              <dt>Name</dt>
              <dd>{c.customer.name ?? '—'}</dd>
              <dt>E-mail</dt>
              <dd>{c.customer.email ?? '—'}</dd>
              <dt>Phone</dt>
              <dd>{c.customer.phone ?? '—'}</dd>
              <dt>Postcode</dt>
              <dd>{c.customer.postcode ?? '—'}</dd>
              <dt>Preferred contact</dt>
              <dd>{c.customer.preferredContact ? humanise(c.customer.preferredContact) : '—'}</dd>
            </dl>
          ) : (
            <p>The {term} gave no contact details.</p>
          )}
        </>
      ) : (
        <p className="note">
          {Term} details, the summary and journey notes are not shown to your role.
        </p>
      )}
    </section>
  );
}

/** Every step recorded on the complaint, oldest first. */
export function ComplaintJourney({
  c,
  areaNames = {},
}: {
  c: ComplaintDetail;
  /** Service area and staff names by id, for corrected service areas, handlers and staff named. */
  areaNames?: Record<string, string>;
}) {
  const names = { ...areaNames, [c.serviceArea.id]: c.serviceArea.name };
  const { term } = usePersonTerm();
  return (
    <section aria-labelledby="journey-heading">
      <h2 id="journey-heading">Journey</h2>
      <ol className="journey">
        {c.journey.map((e) => (
          <li key={e.id} className={`journey-${e.type}${e.voided ? ' journey-step-voided' : ''}`}>
            <p className="journey-when">
              <time dateTime={e.at}>{formatDate(e.at)}</time> {formatTime(e.at)}
            </p>
            <div>
              <p className="journey-what">
                {e.voided ? <del>{journeyTitle(e, term)}</del> : journeyTitle(e, term)}
                {e.voided ? ' (voided: recorded by mistake)' : ''}
              </p>
              {correctionLines(e.corrections, names).map((line, i) => (
                <p key={`c${i}`} className="journey-detail">
                  {line}
                </p>
              ))}
              {journeyDetails(e).map((line, i) => (
                <p key={i} className="journey-detail">
                  {line}
                </p>
              ))}
              {e.recordedBy ? (
                <p className="journey-who">
                  {e.type === 'corrected' || e.type === 'voided' ? 'By' : 'Recorded by'}{' '}
                  {e.recordedBy.name}
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
