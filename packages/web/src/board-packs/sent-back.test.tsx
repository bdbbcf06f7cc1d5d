import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SentBackNote } from './SentBackNote';

// docs/procedure.md, The quarterly board pack: an approver may send a pack in review back to draft with a comment.

const html = (node: React.ReactElement) => renderToStaticMarkup(node);

describe('the comment a board pack was sent back with', () => {
  const at = '2026-07-14T09:30:00.000Z';

  it('shows the author the comment and when it was sent back while the pack is a draft', () => {
    const out = html(<SentBackNote status="draft" comment="Explain the rise in May." at={at} />);
    expect(out).toContain('<h2 id="sent-back-heading">Comment from review</h2>');
    expect(out).toContain('<p class="pre">Explain the rise in May.</p>');
    expect(out).toMatch(/Sent back on 14 Jul(y)? 2026 10:30/);
  });

  it('is not shown once the pack is in review again or approved', () => {
    for (const status of ['in_review', 'approved', 'withdrawn'])
      expect(html(<SentBackNote status={status} comment="Old comment" at={at} />), status).toBe('');
  });

  it('is not shown for a pack never sent back', () =>
    expect(html(<SentBackNote status="draft" comment={null} at={null} />)).toBe(''));
});
