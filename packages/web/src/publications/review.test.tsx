import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConfirmStep } from './ConfirmStep';
import { ReviewComments } from './ReviewComments';

// docs/procedure.md, Reporting and publishing: review.

const html = (node: React.ReactElement) => renderToStaticMarkup(node);

describe('the comments a publication was sent back with', () => {
  const comments = [
    {
      id: 'c2',
      comment: 'Second: add the figures.',
      sentBackAt: '2026-03-21T09:00:00.000Z',
      sentBackBy: { id: 'p2', name: 'Ailsa Grant' },
    },
    {
      id: 'c1',
      comment: 'First: shorten the title.',
      sentBackAt: '2026-03-20T10:00:00.000Z',
      sentBackBy: { id: 'p1', name: 'Iain Ross' },
    },
  ];

  it('shows every comment to the author with who sent it back and when, in the order given (newest first)', () => {
    const out = html(<ReviewComments comments={comments} />);
    expect(out).toContain('<h2 id="review-comments-heading">Comments from review</h2>');
    expect(out.indexOf('Second: add the figures.')).toBeLessThan(
      out.indexOf('First: shorten the title.'),
    );
    expect(out).toMatch(/Sent back by Ailsa Grant on 21 Mar(ch)? 2026 09:00/);
    expect(out).toMatch(/Sent back by Iain Ross on 20 Mar(ch)? 2026 10:00/);
  });

  it('shows nothing when it was never sent back', () =>
    expect(html(<ReviewComments comments={[]} />)).toBe(''));
});

describe('the confirmation step before publishing or withdrawing', () => {
  const out = html(
    <ConfirmStep
      id="confirm-publish"
      question="Publish it on the public site?"
      confirm="Yes, publish it"
      onConfirm={() => undefined}
      onCancel={() => undefined}
    >
      <p>Anyone can read it once it is published.</p>
    </ConfirmStep>,
  );

  it('asks the question as a focusable heading naming the step, with what will happen', () => {
    expect(out).toContain('aria-labelledby="confirm-publish-question"');
    expect(out).toContain('aria-describedby="confirm-publish-what"');
    expect(out).toContain(
      '<h3 id="confirm-publish-question" tabindex="-1">Publish it on the public site?</h3>',
    );
    expect(out).toContain('<div id="confirm-publish-what"><p>Anyone can read it');
  });

  it('offers "Yes, …" and Cancel', () => {
    expect(out).toContain('<button type="button" class="primary">Yes, publish it</button>');
    expect(out).toContain('<button type="button">Cancel</button>');
  });

  it('shows the step running while it does', () =>
    expect(
      html(
        <ConfirmStep
          id="x"
          question="Withdraw?"
          confirm="Yes, withdraw it"
          busy="Withdrawing…"
          loading
          onConfirm={() => undefined}
          onCancel={() => undefined}
        >
          <p>Gone.</p>
        </ConfirmStep>,
      ),
    ).toContain('disabled="">Withdrawing…</button>'));
});
