/**
 * The editor: catalogue panel, canvas, YAML view, properties, problems and simulation around one
 * state (the files' texts). Every change is an edit of a file's text through @sunlit/core/edit,
 * which rewrites only what changed; saving writes the changed files and never overwrites a file
 * changed on disk without asking.
 */
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { stringify } from 'yaml';
import { allStates, fromPointer, locales, powerFromTemplate, templateLaws, templates, type Locale, type Power, type Problem } from '@sunlit/core';
import {
  addState,
  addTransition,
  deleteState,
  deleteTransition,
  editYaml,
  EditError,
  newPowerText,
  renameEvent,
  renameState,
  setPositions,
  setPowerField,
  setStateField,
  setTransition,
} from '@sunlit/core/edit';
import type { ChartLayout } from '@sunlit/render';
import { readAutosave, writeAutosave, type Autosaved } from './autosave.js';
import { canOpenFolder, folderBackend, serverBackend, uploadBackend, type Backend } from './backend.js';
import { Canvas, noSelection, type Selection } from './Canvas.js';
import { CataloguePanel, type NewPowerRequest } from './CataloguePanel.js';
import { editorDictionaries, fill, type EditorDictionary } from './messages/index.js';
import { rawPower, rawState, stateAt, stateOfPointer, useCatalogue } from './model.js';
import { Problems } from './Problems.js';
import { Properties, type EditOperations } from './Properties.js';
import { Simulation } from './Simulation.js';
import { dirtyPaths, emptyState, reduce, textsOf, type EditorState } from './state.js';
import { YamlView } from './YamlView.js';

const localeKey = 'sunlit-editor-locale';
const languageNames: Record<Locale, string> = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };

function initialLocale(): Locale {
  const stored = localStorage.getItem(localeKey);
  return (locales as readonly string[]).includes(stored ?? '') ? (stored as Locale) : 'zh-Hans';
}

/** An id not yet used among `taken`: the base, then base2, base3 … */
function freshId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let index = 2; ; index++) if (!used.has(`${base}${index}`)) return `${base}${index}`;
}

const isEditingText = (target: EventTarget | null): boolean => target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"], .cm-editor') !== null;

/** A file name for a power code, kept inside its folder whatever the code holds. */
function fileNameOf(code: string): string {
  const safe = code.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '');
  return `${safe === '' ? 'power' : safe}.yaml`;
}

function OpenScreen({ t, onBackend, failure }: { t: EditorDictionary; onBackend: (backend: Backend) => void; failure: string | undefined }) {
  return (
    <main className="sl-open">
      <h1>{t.app.title}</h1>
      <h2>{t.open.heading}</h2>
      <p>{t.open.intro}</p>
      {failure !== undefined && (
        <p className="sl-error" role="alert">
          {fill(t.open.failed, { reason: failure })}
        </p>
      )}
      <div className="sl-row">
        {canOpenFolder() && (
          <button type="button" onClick={() => void folderBackend().then(onBackend, () => undefined)}>
            {t.open.folder}
          </button>
        )}
        <label className="sl-file-button">
          {t.open.upload}
          <input
            type="file"
            multiple
            {...({ webkitdirectory: '' } as Record<string, string>)}
            onChange={(event) => event.target.files && void uploadBackend([...event.target.files]).then(onBackend)}
          />
        </label>
      </div>
      <p className="sl-hint">{t.open.uploadNote}</p>
    </main>
  );
}

export function App() {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const t = editorDictionaries[locale];
  const [backend, setBackend] = useState<Backend>();
  const [failure, setFailure] = useState<string>();
  const [probing, setProbing] = useState(true);
  const [state, dispatch] = useReducer(reduce, emptyState);
  const stateRef = useRef<EditorState>(state);
  stateRef.current = state;
  const [powerCode, setPowerCode] = useState<string | undefined>(() => new URLSearchParams(location.search).get('power') ?? undefined);
  const [selection, setSelection] = useState<Selection>(noSelection);
  const [active, setActive] = useState<ReadonlySet<string>>(() => new Set());
  const [showYaml, setShowYaml] = useState(true);
  const [bottom, setBottom] = useState<'problems' | 'simulation'>('problems');
  const [reveal, setReveal] = useState<{ line: number; column: number }>();
  const [notice, setNotice] = useState<{ text: string; undo?: boolean; error?: boolean }>();
  const [restore, setRestore] = useState<Autosaved>();
  const cache = useMemo(() => new Map<string, ChartLayout>(), []);
  const clipboard = useRef<{ id: string; fields: Record<string, unknown> }[]>([]);

  const texts = useMemo(() => textsOf(state), [state]);
  const loaded = useCatalogue(state.entry, texts, state.revision, locale);
  const catalogue = loaded?.catalogue;

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t.app.title;
    localStorage.setItem(localeKey, locale);
  }, [locale, t]);

  // Opening: the `sunlit edit` server if there is one, else the open screen.
  const open = useCallback(async (chosen: Backend) => {
    try {
      const workspace = await chosen.load();
      dispatch({ type: 'open', workspace });
      setBackend(chosen);
      setFailure(undefined);
      const kept = await readAutosave(workspace.name);
      const current = new Map(workspace.files.map((file) => [file.path, file.text]));
      if (kept !== undefined && Object.entries(kept.files).some(([path, file]) => (current.get(path) ?? null) !== file.text)) setRestore(kept);
    } catch (error) {
      setFailure(String((error as Error).message ?? error));
    } finally {
      setProbing(false);
    }
  }, []);
  useEffect(() => {
    void open(serverBackend());
  }, [open]);

  useEffect(() => backend?.watch((file) => dispatch({ type: 'disk', file })), [backend]);

  // Unsaved texts go to IndexedDB a moment after each change.
  useEffect(() => {
    if (state.name === '' || restore !== undefined) return;
    const timer = setTimeout(() => {
      const files: Record<string, { text: string | null; saved: string | null }> = {};
      for (const path of dirtyPaths(state)) files[path] = { text: state.files[path]!.text, saved: state.files[path]!.saved };
      void writeAutosave(state.name, { time: new Date().toISOString(), files });
    }, 250);
    return () => clearTimeout(timer);
  }, [state, restore]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirtyPaths(stateRef.current).length > 0) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  // The power shown: from the model, or, while its file does not load, the last good model of it.
  const lastGood = useRef(new Map<string, Power>());
  useEffect(() => {
    for (const power of catalogue?.powers ?? []) lastGood.current.set(power.code, power);
  }, [catalogue]);
  const modelPower = catalogue?.powers.find((power) => power.code === powerCode);
  const stalePower = modelPower === undefined && powerCode !== undefined ? lastGood.current.get(powerCode) : undefined;
  const power = modelPower ?? (stalePower !== undefined && texts[stalePower.source.file] !== undefined ? stalePower : undefined);
  const broken = useMemo(
    () => [...lastGood.current.values()].filter((item) => texts[item.source.file] !== undefined && !catalogue?.powers.some((other) => other.source.file === item.source.file && other.source.pointer === item.source.pointer)),
    [catalogue, texts],
  );

  useEffect(() => {
    if (powerCode === undefined && catalogue !== undefined && catalogue.powers[0] !== undefined) setPowerCode(catalogue.powers[0].code);
  }, [catalogue, powerCode]);
  useEffect(() => {
    if (powerCode === undefined) return;
    const url = new URL(location.href);
    url.searchParams.set('power', powerCode);
    history.replaceState(null, '', url);
  }, [powerCode]);

  /** Applies a change to a file's text as one step of undo; an invalid edit is explained, not made. */
  const editFile = useCallback(
    (file: string, change: (text: string) => string, label: string): boolean => {
      const text = stateRef.current.files[file]?.text;
      if (text === undefined || text === null) return false;
      try {
        const next = change(text);
        dispatch({ type: 'edit', changes: { [file]: next }, label, ...(powerCode !== undefined && { power: powerCode }) });
        return true;
      } catch (error) {
        if (error instanceof EditError) {
          setNotice({ text: (error as Error).message, error: true });
          return false;
        }
        throw error;
      }
    },
    [powerCode],
  );

  const editPower = useCallback(
    (change: (text: string, pointer: string) => string, label: string) => (power === undefined ? false : editFile(power.source.file, (text) => change(text, power.source.pointer), label)),
    [power, editFile],
  );

  const ops = useMemo<EditOperations>(
    () => ({
      setPowerField: (path, value) => {
        editPower((text, pointer) => setPowerField(text, pointer, [...path], value), String(path.join('.')));
        if (path.length === 1 && path[0] === 'code' && typeof value === 'string') setPowerCode(value);
      },
      setStateField: (statePath, field, value) => editPower((text, pointer) => setStateField(text, pointer, statePath.split('.'), field, value), field),
      renameState: (statePath, id) => {
        if (editPower((text, pointer) => renameState(text, pointer, statePath.split('.'), id), 'rename')) {
          const parent = statePath.includes('.') ? statePath.slice(0, statePath.lastIndexOf('.') + 1) : '';
          setSelection({ states: [parent + id] });
        }
      },
      deleteState: (statePath) => {
        if (editPower((text, pointer) => deleteState(text, pointer, statePath.split('.')), 'delete')) setSelection(noSelection);
      },
      addTransition: (source, event, target) => editPower((text, pointer) => addTransition(text, pointer, source.split('.'), event, target), 'transition'),
      setTransition: (source, event, index, fields) => editPower((text, pointer) => setTransition(text, pointer, source.split('.'), event, index, fields), 'transition'),
      renameEvent: (source, event, name) => {
        if (editPower((text, pointer) => renameEvent(text, pointer, source.split('.'), event, name), 'event')) setSelection((current) => (current.transition ? { states: [], transition: { ...current.transition, event: name } } : current));
      },
      deleteTransition: (source, event, index) => {
        if (editPower((text, pointer) => deleteTransition(text, pointer, source.split('.'), event, index), 'delete')) setSelection(noSelection);
      },
    }),
    [editPower],
  );

  const statePaths = useCallback((item: Power) => allStates(item.flow).map((state) => state.path), []);

  const addNewState = useCallback(() => {
    if (power === undefined) return;
    const id = freshId(t.canvas.newState, statePaths(power).map((path) => path.slice(path.lastIndexOf('.') + 1)));
    if (editPower((text, pointer) => addState(text, pointer, [], id, {}), 'add')) setSelection({ states: [id] });
  }, [power, statePaths, t, editPower]);

  const connect = useCallback(
    (source: string, target: string) => {
      if (power === undefined) return;
      const from = statePaths(power).includes(source) ? source : undefined;
      if (from === undefined) return;
      const state = stateAt(power, from);
      const event = freshId(t.canvas.newEvent, state?.transitions.map((transition) => transition.event) ?? []);
      if (editPower((text, pointer) => addTransition(text, pointer, from.split('.'), event, target), 'connect')) {
        setSelection({ states: [], transition: { source: from, event, index: 0 } });
      }
    },
    [power, statePaths, t, editPower],
  );

  const removeSelected = useCallback((focused?: string) => {
    if (focused !== undefined) {
      ops.deleteState(focused);
    } else if (selection.transition !== undefined) {
      const { source, event, index } = selection.transition;
      ops.deleteTransition(source, event, index);
    } else if (selection.states.length > 0) {
      // Deepest first, so that a parent's deletion does not leave a child path dangling.
      const paths = [...selection.states].sort((a, b) => b.split('.').length - a.split('.').length);
      if (editPower((text, pointer) => paths.reduce((current, path) => deleteState(current, pointer, path.split('.')), text), 'delete')) setSelection(noSelection);
    }
  }, [selection, ops, editPower]);

  const copySelected = useCallback(() => {
    if (power === undefined || selection.states.length === 0) return;
    const raw = rawPower(texts[power.source.file] ?? '', power.source.pointer);
    clipboard.current = selection.states.flatMap((path) => {
      const fields = rawState(raw, path);
      return fields === undefined ? [] : [{ id: path.slice(path.lastIndexOf('.') + 1), fields: structuredClone(fields) }];
    });
    void navigator.clipboard?.writeText(stringify(Object.fromEntries(clipboard.current.map((item) => [item.id, item.fields])))).catch(() => undefined);
  }, [power, selection, texts]);

  const paste = useCallback(() => {
    if (power === undefined || clipboard.current.length === 0) return;
    const taken = statePaths(power).map((path) => path.slice(path.lastIndexOf('.') + 1));
    const renamed = new Map<string, string>();
    for (const item of clipboard.current) {
      const id = freshId(item.id, [...taken, ...renamed.values()]);
      renamed.set(item.id, id);
    }
    const added = [...renamed.values()];
    if (
      editPower(
        (text, pointer) =>
          clipboard.current.reduce((current, item) => addState(current, pointer, [], renamed.get(item.id)!, pastedFields(item.fields, renamed)), text),
        'paste',
      )
    )
      setSelection({ states: added });
  }, [power, statePaths, editPower]);

  const save = useCallback(async () => {
    if (backend === undefined) return;
    const current = stateRef.current;
    try {
      let conflicts = 0;
      for (const path of dirtyPaths(current)) {
        const file = current.files[path]!;
        const result = file.text === null ? await backend.remove(path, file.version) : await backend.write(path, file.text, file.version);
        if (result.ok) dispatch({ type: 'saved', path, text: file.text, version: result.version });
        else (conflicts++, dispatch({ type: 'conflict', file: result.disk }));
      }
      // A refused file is not saved: the conflict dialog speaks for it, not a "saved" notice.
      setNotice(conflicts === 0 ? { text: t.toolbar.saved } : undefined);
    } catch (error) {
      setNotice({ text: fill(t.toolbar.saveFailed, { reason: String((error as Error).message ?? error) }), error: true });
    }
  }, [backend, t]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 's') {
        event.preventDefault();
        void save();
      } else if (mod && !isEditingText(event.target) && ((key === 'z' && event.shiftKey) || key === 'y')) {
        event.preventDefault();
        dispatch({ type: 'redo' });
      } else if (mod && !isEditingText(event.target) && key === 'z') {
        event.preventDefault();
        dispatch({ type: 'undo' });
      } else if (mod && !isEditingText(event.target) && key === 'c') {
        copySelected();
      } else if (mod && !isEditingText(event.target) && key === 'v') {
        event.preventDefault();
        paste();
      } else if (event.altKey && key === 'n') {
        event.preventDefault();
        addNewState();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save, copySelected, paste, addNewState]);

  const goToProblem = useCallback(
    (problem: Problem) => {
      const owner = catalogue?.powers.find((item) => item.source.file === problem.file && (item.source.pointer === '' || problem.pointer === item.source.pointer || problem.pointer.startsWith(item.source.pointer + '/')));
      const target = owner ?? [...lastGood.current.values()].find((item) => item.source.file === problem.file);
      if (target !== undefined) {
        setPowerCode(target.code);
        const path = stateOfPointer(problem.pointer, target.source.pointer);
        setSelection(path === undefined ? noSelection : { states: [path] });
      }
      setShowYaml(true);
      setReveal({ line: problem.line, column: problem.column });
    },
    [catalogue],
  );

  const addPower = useCallback(
    (request: NewPowerRequest): string | undefined => {
      if (catalogue?.powers.some((item) => item.code === request.code)) return fill(t.catalogue.codeTaken, { code: request.code });
      const template = templates[request.template];
      const document = powerFromTemplate(template, { code: request.code, name: request.name, department: request.department });
      const entry = stateRef.current.entry;
      const known = new Set(catalogue?.laws.map((law) => law.id));
      const missingLaws = template.laws.filter((id) => !known.has(id)).map((id) => templateLaws[id]);
      const changes: Record<string, string | null> = {};
      const entryText = stateRef.current.files[entry]?.text ?? '';
      const separate = catalogue?.powers.find((item) => item.source.file !== entry);
      try {
        let nextEntry = missingLaws.length === 0 ? entryText : editYaml(entryText, (doc) => missingLaws.forEach((law) => doc.addIn(['laws'], law)));
        if (separate !== undefined) {
          const folder = separate.source.file.includes('/') ? separate.source.file.slice(0, separate.source.file.lastIndexOf('/') + 1) : '';
          const path = folder + fileNameOf(request.code);
          if (stateRef.current.files[path]?.text != null) return fill(t.catalogue.codeTaken, { code: request.code });
          changes[path] = newPowerText(document);
        } else {
          nextEntry = editYaml(nextEntry, (doc) => doc.addIn(['powers'], document));
        }
        if (nextEntry !== entryText) changes[entry] = nextEntry;
      } catch (error) {
        return String((error as Error).message);
      }
      dispatch({ type: 'edit', changes, label: 'add power', power: request.code });
      setPowerCode(request.code);
      setSelection(noSelection);
      return undefined;
    },
    [catalogue, t],
  );

  const duplicatePower = useCallback(
    (source: Power) => {
      const taken = new Set(catalogue?.powers.map((item) => item.code));
      const code = freshId(`${source.code}-copy`, taken);
      const name = fill(t.catalogue.copyName, { name: source.name });
      const text = stateRef.current.files[source.source.file]?.text;
      if (text == null) return;
      if (source.source.pointer === '') {
        const folder = source.source.file.includes('/') ? source.source.file.slice(0, source.source.file.lastIndexOf('/') + 1) : '';
        const copy = setPowerField(setPowerField(text, '', ['code'], code), '', ['name'], name);
        dispatch({ type: 'edit', changes: { [folder + fileNameOf(code)]: copy }, label: 'duplicate', power: code });
      } else {
        const raw = rawPower(text, source.source.pointer);
        dispatch({ type: 'edit', changes: { [source.source.file]: editYaml(text, (doc) => doc.addIn(['powers'], { ...raw, code, name })) }, label: 'duplicate', power: code });
      }
      setPowerCode(code);
    },
    [catalogue, t],
  );

  const deletePower = useCallback(
    (target: Power) => {
      const file = target.source.file;
      const text = stateRef.current.files[file]?.text;
      if (text == null) return;
      const change = target.source.pointer === '' ? null : editYaml(text, (doc) => doc.deleteIn(fromPointer(target.source.pointer).map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment))));
      dispatch({ type: 'edit', changes: { [file]: change }, label: 'delete power', power: target.code });
      lastGood.current.delete(target.code);
      setPowerCode(catalogue?.powers.find((item) => item.code !== target.code)?.code);
      setNotice({ text: fill(t.catalogue.deleted, { name: target.name }), undo: true });
    },
    [catalogue, t],
  );

  const onActive = useCallback((paths: ReadonlySet<string>) => setActive(paths), []);
  const onMove = useCallback((positions: Readonly<Record<string, { x: number; y: number }>>) => editPower((text, pointer) => setPositions(text, pointer, positions), 'move'), [editPower]);
  const autoLayout = useCallback(() => editPower((text, pointer) => setPowerField(text, pointer, ['layout', 'nodes'], undefined), 'layout'), [editPower]);

  if (backend === undefined) {
    if (probing) return <p className="sl-loading">{t.app.loading}</p>;
    return <OpenScreen t={t} onBackend={(chosen) => void open(chosen)} failure={failure} />;
  }

  const dirty = dirtyPaths(state);
  const file = power?.source.file;
  const fileText = file === undefined ? undefined : texts[file];
  const conflictPath = Object.keys(state.conflicts)[0];
  const problems = loaded?.problems ?? [];

  return (
    <div className="sl-app">
      <a className="sl-skip" href="#canvas">
        {t.app.skip}
      </a>
      <header className="sl-header">
        <h1>
          {t.app.title} · <span className="sl-workspace">{state.name}</span>
        </h1>
        <div className="sl-toolbar" role="toolbar" aria-label={t.app.title}>
          <button type="button" onClick={() => void save()} disabled={dirty.length === 0} title={`${t.toolbar.savingTo[backend.kind]} (Ctrl+S)`}>
            {t.toolbar.save}
          </button>
          <span className="sl-status" role="status" aria-live="polite">
            {dirty.length === 0 ? t.toolbar.saved : fill(t.toolbar.unsaved, { count: dirty.length })}
          </span>
          <button type="button" onClick={() => dispatch({ type: 'undo' })} disabled={state.past.length === 0} title="Ctrl+Z">
            {t.toolbar.undo}
          </button>
          <button type="button" onClick={() => dispatch({ type: 'redo' })} disabled={state.future.length === 0} title="Ctrl+Shift+Z">
            {t.toolbar.redo}
          </button>
          <button type="button" onClick={addNewState} disabled={modelPower === undefined} title="Alt+N">
            {t.toolbar.addState}
          </button>
          <button type="button" onClick={autoLayout} disabled={modelPower?.layout === undefined}>
            {t.toolbar.autoLayout}
          </button>
          <label>
            <input type="checkbox" checked={showYaml} onChange={(event) => setShowYaml(event.target.checked)} /> {t.toolbar.yaml}
          </label>
          <label>
            {t.app.language}{' '}
            <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
              {locales.map((item) => (
                <option key={item} value={item}>
                  {languageNames[item]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      {notice !== undefined && (
        <div className={notice.error ? 'sl-notice sl-error' : 'sl-notice'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
          {notice.undo && (
            <button type="button" onClick={() => (dispatch({ type: 'undo' }), setNotice(undefined))}>
              {t.catalogue.undo}
            </button>
          )}
          <button type="button" aria-label="×" onClick={() => setNotice(undefined)}>
            ×
          </button>
        </div>
      )}
      <div className="sl-main">
        <CataloguePanel
          catalogue={catalogue}
          broken={broken}
          current={power?.code}
          locale={locale}
          t={t}
          onOpen={(code) => (setPowerCode(code), setSelection(noSelection))}
          onAdd={addPower}
          onDuplicate={duplicatePower}
          onDelete={deletePower}
        />
        <main className="sl-centre">
          <div className={showYaml ? 'sl-split' : 'sl-split sl-single'}>
            {power !== undefined ? (
              <ReactFlowProvider>
                {modelPower === undefined && (
                  <p className="sl-stale" role="status">
                    {t.canvas.broken}
                  </p>
                )}
                <Canvas
                  power={power}
                  locale={locale}
                  t={t}
                  selection={selection}
                  active={active}
                  cache={cache}
                  onSelect={setSelection}
                  onMove={onMove}
                  onConnect={connect}
                  onRename={ops.renameState}
                  onDelete={removeSelected}
                />
              </ReactFlowProvider>
            ) : (
              <p className="sl-hint sl-canvas-empty" id="canvas">
                {t.canvas.empty}
              </p>
            )}
            {showYaml && file !== undefined && fileText !== undefined && (
              <section className="sl-yaml-panel" aria-label={fill(t.yaml.heading, { file })}>
                <h2 className="sl-file-name">{file}</h2>
                <YamlView
                  file={file}
                  text={fileText}
                  label={t.yaml.label}
                  problems={problems.filter((problem) => problem.file === file)}
                  onChange={(text) => dispatch({ type: 'edit', changes: { [file]: text }, label: 'yaml', ...(powerCode !== undefined && { power: powerCode }) })}
                  {...(reveal !== undefined && { reveal })}
                />
              </section>
            )}
          </div>
          <div className="sl-bottom">
            <div role="tablist" className="sl-tabs">
              <button type="button" role="tab" aria-selected={bottom === 'problems'} onClick={() => setBottom('problems')}>
                {t.problems.heading} ({problems.length})
              </button>
              <button type="button" role="tab" aria-selected={bottom === 'simulation'} onClick={() => setBottom('simulation')}>
                {t.simulation.heading}
              </button>
            </div>
            {bottom === 'problems' ? (
              <Problems problems={problems} t={t} onGo={goToProblem} />
            ) : modelPower !== undefined ? (
              <Simulation power={modelPower} catalogue={catalogue} locale={locale} t={t} onActive={onActive} />
            ) : (
              <p className="sl-hint">{t.simulation.noPower}</p>
            )}
          </div>
        </main>
        {power !== undefined && fileText !== undefined && (
          <Properties power={power} text={fileText} catalogue={catalogue} selection={selection} locale={locale} t={t} ops={ops} />
        )}
      </div>
      {conflictPath !== undefined && (
        <div className="sl-backdrop">
          <div role="alertdialog" aria-modal="true" aria-labelledby="conflict-heading" aria-describedby="conflict-text" className="sl-dialog">
            <h2 id="conflict-heading">{t.conflict.heading}</h2>
            <p id="conflict-text">{fill(t.conflict.text, { file: conflictPath })}</p>
            <div className="sl-row">
              <button type="button" autoFocus onClick={() => dispatch({ type: 'resolve', path: conflictPath, keep: 'mine' })}>
                {t.conflict.mine}
              </button>
              <button type="button" onClick={() => dispatch({ type: 'resolve', path: conflictPath, keep: 'disk' })}>
                {t.conflict.disk}
              </button>
            </div>
          </div>
        </div>
      )}
      {restore !== undefined && (
        <div className="sl-backdrop">
          <div role="alertdialog" aria-modal="true" aria-labelledby="restore-heading" aria-describedby="restore-text" className="sl-dialog">
            <h2 id="restore-heading">{t.restore.heading}</h2>
            <p id="restore-text">{fill(t.restore.text, { count: Object.keys(restore.files).length, time: new Date(restore.time).toLocaleString(locale) })}</p>
            <div className="sl-row">
              <button
                type="button"
                autoFocus
                onClick={() => {
                  dispatch({ type: 'edit', changes: Object.fromEntries(Object.entries(restore.files).map(([path, kept]) => [path, kept.text])), label: 'restore' });
                  setRestore(undefined);
                }}
              >
                {t.restore.yes}
              </button>
              <button type="button" onClick={() => (setRestore(undefined), void writeAutosave(state.name, undefined))}>
                {t.restore.no}
              </button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}

/** A copied state's fields for pasting: transitions kept only between pasted states, retargeted. */
function pastedFields(fields: Record<string, unknown>, renamed: ReadonlyMap<string, string>): Record<string, unknown> {
  const { on, ...rest } = fields;
  if (typeof on !== 'object' || on === null) return rest;
  const retarget = (branch: unknown): unknown => {
    if (typeof branch === 'string') return renamed.get(branch);
    if (typeof branch === 'object' && branch !== null && 'target' in branch) {
      const target = renamed.get(String((branch as { target: unknown }).target));
      return target === undefined ? undefined : { ...branch, target };
    }
    return undefined;
  };
  const kept: Record<string, unknown> = {};
  for (const [event, value] of Object.entries(on)) {
    const branches = Array.isArray(value) ? value.map(retarget).filter((item) => item !== undefined) : retarget(value);
    if (Array.isArray(branches) ? branches.length > 0 : branches !== undefined) kept[event] = branches;
  }
  return Object.keys(kept).length === 0 ? rest : { ...rest, on: kept };
}
