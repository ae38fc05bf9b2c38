/** A piece of an attribute's text; `match` pieces are what the query found. */
export type Segment = { text: string; match: boolean };

/**
 * Text with the search engine's matches marked. The engine hands back segments of the
 * original text (never HTML), and they are rendered as text: a title containing
 * `<script>` shows as those characters. Without segments, the plain text is shown.
 */
export function Highlighted({
  segments,
  text,
}: {
  segments?: readonly Segment[] | null;
  text: string;
}) {
  if (!segments || segments.length === 0) return <>{text}</>;
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? (
          <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-ink">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
