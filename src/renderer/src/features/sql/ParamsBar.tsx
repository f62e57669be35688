interface ParamsBarProps {
  names: readonly string[];
  values: Readonly<Record<string, string>>;
  onChange: (name: string, value: string) => void;
}

/** A field per `@name` parameter in the statement; numbers and true/false are sent as such. */
export const ParamsBar = ({ names, values, onChange }: ParamsBarProps) => {
  if (names.length === 0) return null;
  return (
    <div className="params-bar" aria-label="Query parameters">
      {names.map((name) => (
        <label key={name} className="params-bar__field">
          <span className="params-bar__name">@{name}</span>
          <input
            className="input"
            value={values[name] ?? ''}
            placeholder="value"
            onChange={(event) => onChange(name, event.target.value)}
          />
        </label>
      ))}
    </div>
  );
};

/** Text from the form as the value to bind: numbers as numbers, true/false as booleans, empty as NULL. */
export const paramValue = (text: string): string | number | boolean | null => {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  return text;
};
