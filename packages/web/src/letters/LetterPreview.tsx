import { parseLetterText } from '@chp/domain';

/** The letter as the customer will read it: its headings, paragraphs and lists. */
export function LetterPreview({ text }: { text: string }) {
  return (
    <section aria-label="Letter preview" className="panel letter-preview">
      {parseLetterText(text).map((b, i) =>
        b.type === 'heading' ? (
          <h4 key={i}>{b.text}</h4>
        ) : b.type === 'list' ? (
          <ul key={i}>
            {b.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ) : (
          <p key={i} style={{ whiteSpace: 'pre-line' }}>
            {b.text}
          </p>
        ),
      )}
    </section>
  );
}
