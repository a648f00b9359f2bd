/**
 * A script laid out to read aloud: large text, and each "If they …:" line set as a heading for
 * the branch under it, so either answer is found at a glance mid-call. Server-rendered, no state.
 */
export function ScriptSheet({ text }: { text: string }) {
  const paragraphs = text.split(/\n{2,}/);
  return (
    <div className="space-y-4 text-lg leading-relaxed text-stone-900">
      {paragraphs.map((p, i) => {
        const [first, ...rest] = p.split('\n');
        const branch = first !== undefined && /^If\b.*:$/.test(first.trim());
        return (
          <div key={i} className={branch ? 'border-l-4 border-emerald-700 pl-3' : undefined}>
            {branch ? <p className="text-base font-semibold text-emerald-900">{first}</p> : null}
            <p className="whitespace-pre-wrap break-words">{branch ? rest.join('\n') : p}</p>
          </div>
        );
      })}
    </div>
  );
}
