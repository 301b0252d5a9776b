import type { CliDictionary } from './dictionary.js';

export const en: CliDictionary = {
  usage: `Usage: sunlit <command> [options]

Commands:
  validate <path>…        Validate power catalogues: a folder (holding catalogue.yaml)
                          or a single catalogue file. Checks YAML syntax, fields, values
                          and references (departments, laws, states, clocks).
                          Case files (case.yaml) can be checked too.
  lint <path>             Validate, then review the powers with the lint rules: can the
                          flow be completed, is the party told before a penalty, does a
                          refusal tell the remedies, is the promised limit within the
                          statutory one … Rules and their articles: docs/rules/; set each
                          to off, warn or error under lint: in catalogue.yaml.

Options:
  --format text|json      Output format; default text
  --lang zh-Hans|zh-Hant|en
                          Language of messages; default zh-Hans (or SUNLIT_LANG)
  -h, --help              Show this help
  -v, --version           Show the version

Exit codes: 0 no errors (warnings possible); 1 errors found; 2 usage error or unreadable path.
Documentation: docs/cli.md`,
  usageError: 'sunlit: {detail}\nRun sunlit --help for usage.',
  unknownCommand: 'unknown command "{value}"',
  unknownOption: '{value}',
  missingLintPaths: 'give the catalogue path to lint, e.g. sunlit lint examples/shenyang',
  missingPaths: 'give the catalogue paths to validate, e.g. sunlit validate examples/shenyang',
  badFormat: '--format must be text or json, not "{value}"',
  badLang: '--lang must be zh-Hans, zh-Hant or en, not "{value}"',
  notFound: 'sunlit: no such path "{value}".',
  noEntry: 'sunlit: the folder "{value}" holds no catalogue.yaml; give a catalogue folder or file.',
  notAFile: 'sunlit: "{value}" is neither a file nor a folder.',
  internalError: 'sunlit: internal error ({value}). Your input did not cause this; please report the command and its input files to the Sunlit developers.',
  clean: '✓ {path}: {title} ({edition}), {powers} power(s){categories}, {departments} department(s), {laws} law(s); {verdict}.',
  cleanCase: '✓ {path}: case {case} (power {power}), {events} event(s); {verdict}.',
  noProblems: 'no problems found',
  onlyWarnings: 'no errors, {n} warning(s)',
  counts: ' ({list})',
  withProblems: '✗ {path}: {summary}.',
  errors: '{n} error(s)',
  warnings: '{n} warning(s)',
  listSeparator: ', ',
};
