/**
 * The catalogue panel: powers by department and category, search by name or code, and adding a
 * power from a statutory template, duplicating and deleting (undone like any edit).
 */
import { useMemo, useState } from 'react';
import { labelOf, templates, type Catalogue, type Locale, type Power, type TemplateId } from '@sunlit/core';
import type { EditorDictionary } from './messages/index.js';

export interface NewPowerRequest {
  readonly template: TemplateId;
  readonly code: string;
  readonly name: string;
  readonly department: string;
}

export interface CataloguePanelProps {
  readonly catalogue: Catalogue | undefined;
  /** Powers whose file does not load just now: still listed, by the code they last had. */
  readonly broken: readonly Power[];
  readonly current: string | undefined;
  readonly locale: Locale;
  readonly t: EditorDictionary;
  readonly onOpen: (code: string) => void;
  readonly onAdd: (request: NewPowerRequest) => string | undefined;
  readonly onDuplicate: (power: Power) => void;
  readonly onDelete: (power: Power) => void;
}

/** Whether a power matches a search: name, code or department, ignoring case and spaces. */
export function matches(power: Power, query: string): boolean {
  const needle = query.replace(/\s+/g, '').toLowerCase();
  if (needle === '') return true;
  return [power.name, power.code, power.department.name].some((text) => text.replace(/\s+/g, '').toLowerCase().includes(needle));
}

export function CataloguePanel(props: CataloguePanelProps) {
  const { catalogue, t, locale } = props;
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const [template, setTemplate] = useState<TemplateId>('licensing');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [department, setDepartment] = useState('');
  const [error, setError] = useState<string>();
  const powers = useMemo(() => [...(catalogue?.powers ?? []), ...props.broken], [catalogue, props.broken]);
  const groups = useMemo(() => {
    const byDepartment = new Map<string, { name: string; byCategory: Map<string, Power[]> }>();
    for (const power of powers.filter((item) => matches(item, query))) {
      const group = byDepartment.get(power.department.id) ?? { name: power.department.name, byCategory: new Map<string, Power[]>() };
      byDepartment.set(power.department.id, group);
      group.byCategory.set(power.category, [...(group.byCategory.get(power.category) ?? []), power]);
    }
    return [...byDepartment.values()];
  }, [powers, query]);
  const departments = catalogue?.departments ?? [];

  const create = () => {
    if (code.trim() === '' || name.trim() === '') return setError(t.catalogue.required);
    const problem = props.onAdd({ template, code: code.trim(), name: name.trim(), department: department || departments[0]?.id || '' });
    if (problem !== undefined) return setError(problem);
    setAdding(false);
    setCode('');
    setName('');
    setError(undefined);
  };

  return (
    <nav className="sl-panel sl-catalogue" aria-labelledby="catalogue-heading">
      <h2 id="catalogue-heading">{t.catalogue.heading}</h2>
      <input type="search" aria-label={t.catalogue.search} placeholder={t.catalogue.search} value={query} onChange={(event) => setQuery(event.target.value)} />
      {groups.length === 0 && <p className="sl-hint">{t.catalogue.none}</p>}
      {groups.map((group) => (
        <div key={group.name} className="sl-department">
          <h3>{group.name}</h3>
          {[...group.byCategory].map(([category, list]) => (
            <div key={category}>
              <h4>{labelOf('category', category, locale)}</h4>
              <ul>
                {list.map((power) => (
                  <li key={power.code}>
                    <button type="button" className="sl-power" aria-current={power.code === props.current ? 'page' : undefined} onClick={() => props.onOpen(power.code)}>
                      <span className="sl-code">{power.code}</span> {power.name}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
      {props.current !== undefined && (
        <div className="sl-row">
          <button type="button" onClick={() => { const power = powers.find((item) => item.code === props.current); if (power) props.onDuplicate(power); }}>
            {t.catalogue.duplicate}
          </button>
          <button type="button" className="sl-danger" onClick={() => { const power = powers.find((item) => item.code === props.current); if (power) props.onDelete(power); }}>
            {t.catalogue.delete}
          </button>
        </div>
      )}
      {adding ? (
        <form className="sl-new-power" onSubmit={(event) => (event.preventDefault(), create())} aria-label={t.catalogue.add}>
          <label>
            {t.catalogue.template}
            <select name="template" value={template} onChange={(event) => setTemplate(event.target.value as TemplateId)}>
              {Object.values(templates).map((item) => (
                <option key={item.id} value={item.id}>
                  {locale === 'en' ? item.name.en : item.name.zh}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.catalogue.code}
            <input name="code" value={code} onChange={(event) => setCode(event.target.value)} />
          </label>
          <label>
            {t.catalogue.name}
            <input name="name" value={name} onChange={(event) => setName(event.target.value)} />
          </label>
          <label>
            {t.catalogue.department}
            <select name="department" value={department} onChange={(event) => setDepartment(event.target.value)}>
              {departments.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </select>
          </label>
          {departments.length === 0 && <p className="sl-hint">{t.catalogue.noDepartment}</p>}
          {error !== undefined && (
            <p className="sl-error" role="alert">
              {error}
            </p>
          )}
          <div className="sl-row">
            <button type="submit">{t.catalogue.create}</button>
            <button type="button" onClick={() => setAdding(false)}>
              {t.catalogue.cancel}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {t.catalogue.add}
        </button>
      )}
    </nav>
  );
}

