/**
 * The power's file as text (CodeMirror with YAML mode), kept in sync both ways: typing becomes an
 * edit of the file a moment after it stops; any other change of the file replaces the text shown.
 * Validation and lint problems of the file are underlined where they are.
 */
import { yaml } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Annotation, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { useEffect, useRef } from 'react';
import type { Problem } from '@sunlit/core';

export interface YamlViewProps {
  readonly file: string;
  readonly text: string;
  readonly problems: readonly Problem[];
  readonly label: string;
  readonly onChange: (text: string) => void;
  /** A place to show, e.g. from a click in the problems panel; a new object each time. */
  readonly reveal?: { readonly line: number; readonly column: number };
}

const typingPause = 400;
/** Marks changes that come from the file rather than from typing. */
const external = Annotation.define<boolean>();

export function YamlView({ file, text, problems, label, onChange, reveal }: YamlViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | undefined>(undefined);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const changeRef = useRef(onChange);
  changeRef.current = onChange;

  useEffect(() => {
    const flush = (editor: EditorView) => {
      clearTimeout(pending.current);
      pending.current = undefined;
      changeRef.current(editor.state.doc.toString());
    };
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: text,
        extensions: [
          basicSetup,
          yaml(),
          lintGutter(),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': label }),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged || update.transactions.every((transaction) => transaction.annotation(external) === true)) return;
            clearTimeout(pending.current);
            pending.current = setTimeout(() => flush(update.view), typingPause);
          }),
          EditorView.domEventHandlers({ blur: (_event, editorView) => (pending.current !== undefined ? (flush(editorView), false) : false) }),
        ],
      }),
    });
    // The scroller must be reachable by keyboard to scroll the text without editing it (axe:
    // scrollable-region-focusable).
    editor.scrollDOM.tabIndex = 0;
    editor.scrollDOM.setAttribute('aria-label', label);
    view.current = editor;
    return () => {
      if (pending.current !== undefined) flush(editor);
      editor.destroy();
    };
    // One editor per file; later texts are dispatched into it below.
  }, [file]);

  useEffect(() => {
    const editor = view.current;
    if (editor === undefined || pending.current !== undefined) return;
    const current = editor.state.doc.toString();
    if (current === text) return;
    // Replace only the changed middle, so the cursor and scroll stay where they were.
    let start = 0;
    while (start < current.length && start < text.length && current[start] === text[start]) start++;
    let end = 0;
    while (end < current.length - start && end < text.length - start && current[current.length - 1 - end] === text[text.length - 1 - end]) end++;
    editor.dispatch({ changes: { from: start, to: current.length - end, insert: text.slice(start, text.length - end) }, annotations: external.of(true) });
  }, [text]);

  useEffect(() => {
    const editor = view.current;
    if (editor === undefined) return;
    const doc = editor.state.doc;
    const diagnostics: Diagnostic[] = problems.map((problem) => {
      const line = doc.line(Math.min(Math.max(problem.line, 1), doc.lines));
      const from = Math.min(line.from + Math.max(problem.column - 1, 0), line.to);
      const to = Math.max(from + 1, line.to);
      return { from, to: Math.min(to, doc.length), severity: problem.severity === 'error' ? 'error' : 'warning', message: `${problem.code}: ${problem.message}` };
    });
    editor.dispatch(setDiagnostics(editor.state, diagnostics));
  }, [problems, text]);

  useEffect(() => {
    const editor = view.current;
    if (editor === undefined || reveal === undefined) return;
    const doc = editor.state.doc;
    const line = doc.line(Math.min(Math.max(reveal.line, 1), doc.lines));
    const at = Math.min(line.from + Math.max(reveal.column - 1, 0), line.to);
    editor.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'center' }) });
    editor.focus();
  }, [reveal]);

  return <div className="sl-yaml" ref={host} />;
}
