/**
 * Form fields that commit when the author is done (Enter or leaving the field), so that one
 * change is one step of undo, and that show the value the file holds whenever it changes.
 */
import { useEffect, useId, useState, type ReactNode } from 'react';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { fill, type EditorDictionary } from './messages/index.js';

function Row({ label, children, id }: { label: string; children: ReactNode; id: string }) {
  return (
    <div className="sl-field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

/** A text (one line, or several with `multiline`); empty means the field is removed. */
export function TextField({ label, value, onCommit, multiline = false, name }: { label: string; value: string | undefined; onCommit: (value: string | undefined) => void; multiline?: boolean; name?: string }) {
  const id = useId();
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const commit = () => {
    const next = text === '' ? undefined : text;
    if (next !== value) onCommit(next);
  };
  return (
    <Row label={label} id={id}>
      {multiline ? (
        <textarea id={id} name={name} rows={3} value={text} onChange={(event) => setText(event.target.value)} onBlur={commit} />
      ) : (
        <input id={id} name={name} value={text} onChange={(event) => setText(event.target.value)} onBlur={commit} onKeyDown={(event) => event.key === 'Enter' && commit()} />
      )}
    </Row>
  );
}

/** A whole number; empty removes it. */
export function NumberField({ label, value, onCommit, name }: { label: string; value: number | undefined; onCommit: (value: number | undefined) => void; name?: string }) {
  const id = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => setText(value === undefined ? '' : String(value)), [value]);
  const commit = () => {
    const next = text.trim() === '' ? undefined : Number(text);
    if (next !== undefined && !Number.isFinite(next)) return setText(value === undefined ? '' : String(value));
    if (next !== value) onCommit(next);
  };
  return (
    <Row label={label} id={id}>
      <input id={id} name={name} inputMode="numeric" value={text} onChange={(event) => setText(event.target.value)} onBlur={commit} onKeyDown={(event) => event.key === 'Enter' && commit()} />
    </Row>
  );
}

/** A choice among values; the empty option removes the field. */
export function SelectField({ label, value, options, onCommit, empty, name }: { label: string; value: string | undefined; options: readonly { value: string; label: string }[]; onCommit: (value: string | undefined) => void; empty?: string; name?: string }) {
  const id = useId();
  return (
    <Row label={label} id={id}>
      <select id={id} name={name} value={value ?? ''} onChange={(event) => onCommit(event.target.value === '' ? undefined : event.target.value)}>
        {empty !== undefined && <option value="">{empty}</option>}
        {value !== undefined && !options.some((option) => option.value === value) && <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Row>
  );
}

/** Several values chosen at once (level, targets). */
export function ChoicesField({ label, value, options, onCommit }: { label: string; value: readonly string[]; options: readonly { value: string; label: string }[]; onCommit: (value: string[] | undefined) => void }) {
  return (
    <fieldset className="sl-field sl-choices">
      <legend>{label}</legend>
      {options.map((option) => (
        <label key={option.value}>
          <input
            type="checkbox"
            checked={value.includes(option.value)}
            onChange={(event) => {
              const next = event.target.checked ? [...value, option.value] : value.filter((item) => item !== option.value);
              onCommit(next.length === 0 ? undefined : next);
            }}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** A yes/no; unchecked removes the field. */
export function CheckField({ label, value, onCommit }: { label: string; value: boolean; onCommit: (value: boolean | undefined) => void }) {
  const id = useId();
  return (
    <div className="sl-field sl-check">
      <input id={id} type="checkbox" checked={value} onChange={(event) => onCommit(event.target.checked ? true : undefined)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A list of texts, one per line; no lines removes the field. */
export function LinesField({ label, value, onCommit }: { label: string; value: readonly string[] | undefined; onCommit: (value: string[] | undefined) => void }) {
  const id = useId();
  const joined = (value ?? []).join('\n');
  const [text, setText] = useState(joined);
  useEffect(() => setText(joined), [joined]);
  const commit = () => {
    const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    if (lines.join('\n') !== joined) onCommit(lines.length === 0 ? undefined : lines);
  };
  return (
    <Row label={label} id={id}>
      <textarea id={id} rows={Math.min(8, Math.max(2, (value?.length ?? 0) + 1))} value={text} onChange={(event) => setText(event.target.value)} onBlur={commit} />
    </Row>
  );
}

/**
 * A structured field written as YAML (fees, clocks, rights …): the author sees and writes exactly
 * what goes into the file; a YAML mistake is shown and nothing is written until it is fixed.
 */
export function YamlField({ label, value, onCommit, t }: { label: string; value: unknown; onCommit: (value: unknown) => void; t: EditorDictionary }) {
  const id = useId();
  const shown = value === undefined ? '' : stringifyYaml(value, { lineWidth: 0 }).trimEnd();
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string>();
  useEffect(() => {
    setText(shown);
    setError(undefined);
  }, [shown]);
  const commit = () => {
    if (text.trim() === shown.trim()) return;
    try {
      const parsed: unknown = text.trim() === '' ? undefined : parseYaml(text);
      setError(undefined);
      onCommit(parsed === null ? undefined : parsed);
    } catch (problem) {
      const line = (problem as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 1;
      setError(fill(t.properties.yamlFieldError, { line, reason: String((problem as Error).message).split('\n')[0] ?? '' }));
    }
  };
  return (
    <Row label={label} id={id}>
      <textarea id={id} className="sl-code" rows={Math.min(12, Math.max(3, shown.split('\n').length + 1))} value={text} aria-describedby={`${id}-hint`} aria-invalid={error !== undefined} onChange={(event) => setText(event.target.value)} onBlur={commit} spellCheck={false} />
      <div id={`${id}-hint`} className={error === undefined ? 'sl-hint' : 'sl-hint sl-error'} role={error === undefined ? undefined : 'alert'}>
        {error ?? t.properties.yamlField}
      </div>
    </Row>
  );
}
