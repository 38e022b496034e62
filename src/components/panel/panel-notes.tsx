/** Notes that must stay visible under a panel's body: withheld groups, unreliable rates. */
export function PanelNotes({ notes }: { notes: readonly (string | null | false | undefined)[] }) {
  const shown = notes.filter((n): n is string => typeof n === 'string' && n !== '');
  if (shown.length === 0) return null;
  return (
    <ul className="panel__notes">
      {shown.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}
