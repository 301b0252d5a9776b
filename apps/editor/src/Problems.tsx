/** The problems panel: validation and lint problems, the same ones and words as `sunlit lint`. */
import type { Problem } from '@sunlit/core';
import { fill, type EditorDictionary } from './messages/index.js';

export function Problems({ problems, t, onGo }: { problems: readonly Problem[]; t: EditorDictionary; onGo: (problem: Problem) => void }) {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return (
    <section className="sl-panel sl-problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">
        {t.problems.heading} <span className="sl-count">{fill(t.problems.count, { errors, warnings: problems.length - errors })}</span>
      </h2>
      {problems.length === 0 ? (
        <p className="sl-hint">{t.problems.none}</p>
      ) : (
        <ul>
          {problems.map((problem, index) => (
            <li key={`${problem.file}:${problem.line}:${problem.column}:${problem.code}:${index}`} className={`sl-problem sl-${problem.severity}`}>
              <button type="button" onClick={() => onGo(problem)} title={fill(t.problems.goTo, { file: problem.file, line: problem.line, column: problem.column })}>
                <span className="sl-where">
                  {problem.file}:{problem.line}:{problem.column}
                </span>{' '}
                <span className="sl-severity">{problem.severity === 'error' ? t.problems.error : t.problems.warning}</span>{' '}
                <code>{problem.code}</code> <span className="sl-message">{problem.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
