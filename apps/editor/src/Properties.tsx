/**
 * The properties of the power, or of the selected state or transition, as forms. Values shown are
 * those written in the file (not the resolved model), and each change is one edit of the file.
 */
import { useMemo, useState } from 'react';
import {
  allStates,
  categories,
  checkpointKinds,
  labelOf,
  levels,
  outcomes,
  periodUnits,
  riskLevels,
  steps,
  targets,
  type Catalogue,
  type Law,
  type Locale,
  type Power,
  type VocabularyName,
} from '@sunlit/core';
import { CheckField, ChoicesField, LinesField, NumberField, SelectField, TextField, YamlField } from './fields.js';
import { rawPower, rawState, stateAt, type Raw } from './model.js';
import type { Selection } from './Canvas.js';
import type { EditorDictionary } from './messages/index.js';

/** An edit of the power's file: takes its text and the power's pointer, gives the new text. */
export type PowerEdit = (text: string, pointer: string) => string;

export interface PropertiesProps {
  readonly power: Power;
  readonly text: string;
  readonly catalogue: Catalogue | undefined;
  readonly selection: Selection;
  readonly locale: Locale;
  readonly t: EditorDictionary;
  readonly ops: EditOperations;
}

/** The operations the panel needs, bound to the current power by the app. */
export interface EditOperations {
  setPowerField(path: readonly (string | number)[], value: unknown): void;
  setStateField(state: string, field: string, value: unknown): void;
  renameState(state: string, id: string): void;
  deleteState(state: string): void;
  addTransition(source: string, event: string, target: string): void;
  setTransition(source: string, event: string, index: number, fields: Raw): void;
  renameEvent(source: string, event: string, name: string): void;
  deleteTransition(source: string, event: string, index: number): void;
}

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A transition branch as fields, whatever way it was written. */
function branchesOf(value: unknown): Raw[] {
  const one = (item: unknown): Raw => (typeof item === 'string' ? { target: item } : isRecord(item) ? item : {});
  if (Array.isArray(value)) return value.map(one);
  return [one(value)];
}

function options(name: VocabularyName, values: readonly string[], locale: Locale) {
  return values.map((value) => ({ value, label: `${labelOf(name, value, locale)}` }));
}

const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);
const asStrings = (value: unknown): string[] | undefined => (Array.isArray(value) ? value.map((item) => String(item)) : undefined);
const asNumber = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/** The text of a cited article from the registry, if it has one. */
export function articleText(laws: readonly Law[], ref: string): { law?: Law; text?: string } {
  const [id, article = ''] = ref.trim().split(/\s+/, 2);
  const law = laws.find((item) => item.id === id);
  if (law === undefined) return {};
  const parts = article.split('.');
  for (let length = parts.length; length > 0; length--) {
    const text = law.articles[parts.slice(0, length).join('.')];
    if (text !== undefined) return { law, text };
  }
  return { law };
}

/** Legal basis: each citation with the article text, and a picker from the law registry. */
function BasisField({ label, value, laws, t, onCommit }: { label: string; value: unknown; laws: readonly Law[]; t: EditorDictionary; onCommit: (value: unknown[] | undefined) => void }) {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const [law, setLaw] = useState(laws[0]?.id ?? '');
  const [article, setArticle] = useState('');
  const refOf = (item: unknown) => (typeof item === 'string' ? item : isRecord(item) ? String(item.ref ?? '') : '');
  const chosen = laws.find((item) => item.id === law);
  const preview = article.trim() === '' ? undefined : articleText(laws, `${law} ${article.trim()}`).text;
  return (
    <fieldset className="sl-field sl-basis">
      <legend>{label}</legend>
      <ul>
        {items.map((item, index) => {
          const ref = refOf(item);
          const found = articleText(laws, ref);
          return (
            <li key={`${ref}-${index}`}>
              <div>
                <strong>{ref}</strong> {found.law && <span className="sl-law-title">{found.law.title}</span>}
                <button type="button" className="sl-link" onClick={() => onCommit(items.length === 1 ? undefined : items.filter((_, other) => other !== index))}>
                  {t.properties.remove}
                </button>
              </div>
              <blockquote className={found.text === undefined ? 'sl-hint' : 'sl-article'}>{found.text ?? t.properties.unknownArticle}</blockquote>
            </li>
          );
        })}
      </ul>
      <div className="sl-basis-add">
        <label>
          {t.properties.law}
          <select value={law} onChange={(event) => setLaw(event.target.value)}>
            {laws.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.properties.article}
          <input value={article} list={chosen ? `articles-${chosen.id}` : undefined} onChange={(event) => setArticle(event.target.value)} size={6} />
        </label>
        {chosen && (
          <datalist id={`articles-${chosen.id}`}>
            {Object.keys(chosen.articles).map((key) => (
              <option key={key} value={key} />
            ))}
          </datalist>
        )}
        <button
          type="button"
          disabled={law === '' || article.trim() === ''}
          onClick={() => {
            onCommit([...items, `${law} ${article.trim()}`]);
            setArticle('');
          }}
        >
          {t.properties.addBasis}
        </button>
      </div>
      {preview !== undefined && <blockquote className="sl-article">{preview}</blockquote>}
    </fieldset>
  );
}

function PeriodFields({ label, value, locale, t, onCommit }: { label: string; value: unknown; locale: Locale; t: EditorDictionary; onCommit: (value: Raw | undefined) => void }) {
  const period = isRecord(value) ? value : undefined;
  const set = (field: string, next: unknown) => {
    const merged: Raw = { ...(period ?? { unit: 'workday' }), [field]: next };
    if (next === undefined) delete merged[field];
    onCommit(merged.within === undefined ? undefined : merged);
  };
  return (
    <fieldset className="sl-field sl-period">
      <legend>{label}</legend>
      <NumberField label={t.properties.within} value={asNumber(period?.within)} onCommit={(next) => set('within', next)} />
      <SelectField label={t.properties.unit} value={asString(period?.unit)} options={options('unit', periodUnits.values, locale)} onCommit={(next) => set('unit', next ?? 'workday')} />
    </fieldset>
  );
}

function StateProperties({ path, state, props }: { path: string; state: Raw; props: PropertiesProps }) {
  const { t, locale, ops, catalogue } = props;
  const laws = catalogue?.laws ?? [];
  const set = (field: string) => (value: unknown) => ops.setStateField(path, field, value);
  const id = path.slice(path.lastIndexOf('.') + 1);
  const checkpoint = isRecord(state.checkpoint) ? state.checkpoint : undefined;
  const risk = isRecord(state.risk) ? state.risk : undefined;
  const deadline = isRecord(state.deadline) ? state.deadline : undefined;
  const final = state.type === 'final';
  const [event, setEvent] = useState('');
  const [target, setTarget] = useState('');
  const allPaths = useMemo(() => allStates(props.power.flow).map((item) => item.path), [props.power]);
  return (
    <form className="sl-properties" aria-label={`${t.properties.state}：${id}`} onSubmit={(event) => event.preventDefault()}>
      <h3>
        {t.properties.state}：{id}
      </h3>
      <TextField label={t.properties.id} name="id" value={id} onCommit={(value) => value !== undefined && ops.renameState(path, value)} />
      <TextField label={t.properties.name} name="name" value={asString(state.name)} onCommit={set('name')} />
      <SelectField
        label={t.properties.type}
        name="type"
        value={asString(state.type) ?? ''}
        options={[
          { value: '', label: t.properties.typeNormal },
          { value: 'final', label: t.properties.typeFinal },
          { value: 'parallel', label: t.properties.typeParallel },
        ]}
        onCommit={set('type')}
      />
      <SelectField label={t.properties.step} name="step" value={asString(state.step)} options={options('step', steps.values, locale)} empty={t.properties.none} onCommit={set('step')} />
      <TextField label={t.properties.actor} name="actor" value={asString(state.actor)} onCommit={set('actor')} />
      <TextField label={t.properties.action} name="action" value={asString(state.action)} onCommit={set('action')} multiline />
      <TextField label={t.properties.description} name="description" value={asString(state.description)} onCommit={set('description')} multiline />
      <BasisField label={t.properties.basis} value={state.basis} laws={laws} t={t} onCommit={set('basis')} />
      <fieldset className="sl-field sl-period">
        <legend>{t.properties.deadline}</legend>
        <NumberField
          label={t.properties.within}
          name="deadline-within"
          value={asNumber(deadline?.within)}
          onCommit={(within) => set('deadline')(within === undefined ? undefined : { within, unit: deadline?.unit ?? 'workday', ...omit(omit(deadline ?? {}, 'within'), 'unit') })}
        />
        <SelectField
          label={t.properties.unit}
          name="deadline-unit"
          value={asString(deadline?.unit)}
          options={options('unit', periodUnits.values, locale)}
          onCommit={(unit) => deadline !== undefined && set('deadline')({ ...deadline, unit: unit ?? 'workday' })}
        />
      </fieldset>
      <fieldset className="sl-field">
        <legend>{t.properties.checkpoint}</legend>
        <SelectField
          label={t.properties.checkpoint}
          name="checkpoint-kind"
          value={asString(checkpoint?.kind)}
          options={options('checkpointKind', checkpointKinds.values, locale)}
          empty={t.properties.none}
          onCommit={(kind) => set('checkpoint')(kind === undefined ? undefined : { ...(checkpoint ?? {}), kind })}
        />
        {checkpoint && <TextField label={t.properties.checkpointBy} value={asString(checkpoint.by)} onCommit={(by) => set('checkpoint')(by === undefined ? omit(checkpoint, 'by') : { ...checkpoint, by })} />}
        {checkpoint && <TextField label={t.properties.note} value={asString(checkpoint.note)} onCommit={(note) => set('checkpoint')(note === undefined ? omit(checkpoint, 'note') : { ...checkpoint, note })} />}
      </fieldset>
      <fieldset className="sl-field">
        <legend>{t.properties.risk}</legend>
        <SelectField
          label={t.properties.riskLevel}
          name="risk-level"
          value={asString(risk?.level)}
          options={options('riskLevel', riskLevels.values, locale)}
          empty={t.properties.none}
          onCommit={(level) => set('risk')(level === undefined ? undefined : { level, ...omit(risk ?? { text: '' }, 'level') })}
        />
        {risk && <TextField label={t.properties.riskText} name="risk-text" value={asString(risk.text)} multiline onCommit={(text) => set('risk')({ ...risk, text: text ?? '' })} />}
        {risk && <LinesField label={t.properties.controls} value={asStrings(risk.controls)} onCommit={(controls) => set('risk')(controls === undefined ? omit(risk, 'controls') : { ...risk, controls })} />}
        {risk && <TextField label={t.properties.owner} value={asString(risk.owner)} onCommit={(owner) => set('risk')(owner === undefined ? omit(risk, 'owner') : { ...risk, owner })} />}
      </fieldset>
      <LinesField label={t.properties.duties} value={asStrings(state.duties)} onCommit={set('duties')} />
      <LinesField label={t.properties.documents} value={asStrings(state.documents)} onCommit={set('documents')} />
      {final && <SelectField label={t.properties.outcome} name="outcome" value={asString(state.outcome)} options={options('outcome', outcomes.values, locale)} empty={t.properties.none} onCommit={set('outcome')} />}
      {final && <CheckField label={t.properties.remedies} value={state.remedies === true} onCommit={set('remedies')} />}
      {!final && (
        <fieldset className="sl-field sl-add-transition">
          <legend>{t.properties.addTransition}</legend>
          <label>
            {t.properties.event}
            <input name="new-event" value={event} onChange={(change) => setEvent(change.target.value)} />
          </label>
          <label>
            {t.properties.target}
            <select name="new-target" value={target} onChange={(change) => setTarget(change.target.value)}>
              <option value="">{t.properties.targetless}</option>
              {allPaths.map((item) => (
                <option key={item} value={item}>
                  {item}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={event.trim() === ''}
            onClick={() => {
              ops.addTransition(path, event.trim(), target);
              setEvent('');
            }}
          >
            {t.properties.add}
          </button>
        </fieldset>
      )}
      <div className="sl-actions">
        {!path.includes('.') && props.power.flow.initial !== id && (
          <button type="button" onClick={() => props.ops.setPowerField(['flow', 'initial'], id)}>
            {t.properties.initial}
          </button>
        )}
        <button type="button" className="sl-danger" onClick={() => ops.deleteState(path)}>
          {t.properties.deleteState}
        </button>
      </div>
    </form>
  );
}

function omit(value: Raw, key: string): Raw {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

function TransitionProperties({ props }: { props: PropertiesProps }) {
  const { t, ops, power, catalogue } = props;
  const ref = props.selection.transition!;
  const raw = rawPower(props.text, power.source.pointer);
  const state = rawState(raw, ref.source);
  const on = isRecord(ref.onDone ? state : state?.on) ? ((ref.onDone ? { [ref.event]: state?.onDone } : state?.on) as Raw) : {};
  const branch = branchesOf(on[ref.event])[ref.index] ?? {};
  const source = stateAt(power, ref.source);
  const transition = (ref.onDone ? source?.onDone : source?.transitions)?.filter((item) => item.event === ref.event)[ref.index];
  const allPaths = allStates(power.flow).map((item) => item.path);
  const set = (field: string) => (value: unknown) => {
    const fields: Raw = { ...branch, [field]: value };
    if (value === undefined) delete fields[field];
    ops.setTransition(ref.source, ref.event, ref.index, fields);
  };
  return (
    <form className="sl-properties" aria-label={`${t.properties.transition}：${ref.event}`} onSubmit={(event) => event.preventDefault()}>
      <h3>
        {t.properties.transition}：{ref.source} → {transition?.target ?? '—'}
      </h3>
      {!ref.onDone && <TextField label={t.properties.event} name="event" value={ref.event} onCommit={(value) => value !== undefined && ops.renameEvent(ref.source, ref.event, value)} />}
      <SelectField label={t.properties.target} name="target" value={transition?.target} options={allPaths.map((value) => ({ value, label: value }))} onCommit={(value) => set('target')(value)} />
      <TextField label={t.properties.guard} name="guard" value={asString(branch.guard)} onCommit={set('guard')} />
      <TextField label={t.properties.description} name="description" value={asString(branch.description)} multiline onCommit={set('description')} />
      <BasisField label={t.properties.basis} value={branch.basis} laws={catalogue?.laws ?? []} t={t} onCommit={set('basis')} />
      <YamlField label={t.properties.checkpoint} value={branch.checkpoint} t={t} onCommit={set('checkpoint')} />
      <div className="sl-actions">
        <button type="button" className="sl-danger" onClick={() => ops.deleteTransition(ref.source, ref.event, ref.index)}>
          {t.properties.deleteTransition}
        </button>
      </div>
    </form>
  );
}

function PowerProperties({ raw, props }: { raw: Raw; props: PropertiesProps }) {
  const { t, locale, ops, catalogue } = props;
  const f = t.properties.fields;
  const set = (field: string) => (value: unknown) => ops.setPowerField([field], value);
  const limits = isRecord(raw.limits) ? raw.limits : {};
  const setLimit = (which: string) => (value: unknown) => ops.setPowerField(['limits', which], value);
  return (
    <form className="sl-properties" aria-label={`${t.properties.power}：${asString(raw.name) ?? ''}`} onSubmit={(event) => event.preventDefault()}>
      <h3>
        {t.properties.power}：{asString(raw.name)}
      </h3>
      <TextField label={f.code} name="code" value={asString(raw.code)} onCommit={set('code')} />
      <TextField label={f.name} name="power-name" value={asString(raw.name)} onCommit={set('name')} />
      <SelectField label={f.category} name="category" value={asString(raw.category)} options={options('category', categories.values, locale)} onCommit={set('category')} />
      <SelectField label={f.department} name="department" value={asString(raw.department)} options={(catalogue?.departments ?? []).map((item) => ({ value: item.id, label: item.name }))} onCommit={set('department')} />
      <TextField label={f.unit} value={asString(raw.unit)} onCommit={set('unit')} />
      <ChoicesField label={f.level} value={asStrings(raw.level) ?? []} options={options('level', levels.values, locale)} onCommit={set('level')} />
      <ChoicesField label={f.targets} value={asStrings(raw.targets) ?? []} options={options('target', targets.values, locale)} onCommit={set('targets')} />
      <BasisField label={t.properties.basis} value={raw.basis} laws={catalogue?.laws ?? []} t={t} onCommit={set('basis')} />
      <TextField label={f.conditions} value={asString(raw.conditions)} multiline onCommit={set('conditions')} />
      <LinesField label={f.materials} value={asStrings(raw.materials)} onCommit={set('materials')} />
      <PeriodFields label={f.statutory} value={limits.statutory} locale={locale} t={t} onCommit={setLimit('statutory')} />
      <PeriodFields label={f.promised} value={limits.promised} locale={locale} t={t} onCommit={setLimit('promised')} />
      <YamlField label={f.fees} value={raw.fees} t={t} onCommit={set('fees')} />
      <YamlField label={f.clocks} value={raw.clocks} t={t} onCommit={set('clocks')} />
      <YamlField label={f.rights} value={raw.rights} t={t} onCommit={set('rights')} />
      <YamlField label={f.accountability} value={raw.accountability} t={t} onCommit={set('accountability')} />
      <YamlField label={f.discretion} value={raw.discretion} t={t} onCommit={set('discretion')} />
      <YamlField label={f.supervision} value={raw.supervision} t={t} onCommit={set('supervision')} />
      <LinesField label={f.publicity} value={asStrings(raw.publicity)} onCommit={set('publicity')} />
      <TextField label={f.remarks} value={asString(raw.remarks)} multiline onCommit={set('remarks')} />
    </form>
  );
}

/** The properties panel. */
export function Properties(props: PropertiesProps) {
  const { t, selection, power, text } = props;
  const raw = useMemo(() => rawPower(text, power.source.pointer), [text, power.source.pointer]);
  const path = selection.states.length === 1 ? selection.states[0] : undefined;
  const state = path === undefined ? undefined : rawState(raw, path);
  return (
    <section className="sl-panel sl-properties-panel" aria-labelledby="properties-heading">
      <h2 id="properties-heading">{t.properties.heading}</h2>
      {path !== undefined && state !== undefined ? (
        <StateProperties key={path} path={path} state={state} props={props} />
      ) : selection.transition !== undefined ? (
        <TransitionProperties key={`${selection.transition.source}/${selection.transition.event}/${selection.transition.index}`} props={props} />
      ) : (
        <PowerProperties raw={raw} props={props} />
      )}
    </section>
  );
}
