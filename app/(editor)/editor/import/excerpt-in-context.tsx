/**
 * The paragraph a proposal rests on with its sentence marked. Everything is
 * rendered as React text: an article's words never become markup.
 */
export function ExcerptInContext({ text, excerpt }: { text: string; excerpt: string }) {
  const pieces = excerpt.split(" […] ");
  return (
    <div className="space-y-1">
      {pieces.map((piece) => {
        const at = text.indexOf(piece);
        if (at < 0)
          return (
            <blockquote key={piece} className="border-l-4 border-rule pl-3 text-sm">
              <mark>{piece}</mark>
            </blockquote>
          );
        const start = text.lastIndexOf("\n", at) + 1;
        const endAt = text.indexOf("\n", at + piece.length);
        const end = endAt < 0 ? text.length : endAt;
        return (
          <blockquote key={piece} className="border-l-4 border-rule pl-3 text-sm text-muted">
            {text.slice(start, at)}
            <mark className="bg-amber-100 text-ink">{piece}</mark>
            {text.slice(at + piece.length, end)}
          </blockquote>
        );
      })}
    </div>
  );
}
