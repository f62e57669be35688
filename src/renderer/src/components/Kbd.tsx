/** A keyboard shortcut hint such as Ctrl 1; each key in its own cap. */
export const Kbd = ({ keys }: { keys: readonly string[] }) => (
  <span className="kbd" aria-hidden="true">
    {keys.map((key) => (
      <kbd key={key}>{key}</kbd>
    ))}
  </span>
);
