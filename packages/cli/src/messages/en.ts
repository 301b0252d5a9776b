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
  deadline <date> <n> <unit>
                          Compute a statutory period: the start day is not counted; units
                          workday, day, month, year, hour; a last day off moves to the next
                          working day.
  simulate <catalogue> --case <file>
                          Replay a case (YAML/JSON) or a CSV log of cases against the
                          powers' flows: states, clocks, violations.
  import <spreadsheet> --out <folder> [--map <file>]
                          Import a power table (.xlsx or CSV, UTF-8/GBK) as a catalogue:
                          one file per power, template flows, and import-report.md.
  publish <catalogue> --out <folder> [--previous <earlier edition>]
                          Write the public website (static pages with flow charts, downloads,
                          traditional Chinese and English pages) to a temporary folder, then
                          swap it in place of the previous site.
  diff <old> <new>        Compare two editions (catalogues or published sites): powers added,
                          removed and changed field by field.
  edit <catalogue> [--port <port>]
                          Start the flow editor on this computer (http://127.0.0.1:4321/),
                          reading and writing the catalogue's YAML files: atomic writes, a
                          conflict prompt when a file changed on disk; Ctrl+C stops it.

Options:
  --format text|json      Output format; default text
  --calendar <id>         Calendar for deadline; default cn-mainland (State Council arrangements)
  --catalogue <path>      Use the local calendars of this catalogue for deadline
  --weekends-only         Count years without official holiday data by weekends only
                          (otherwise calendar-range)
  --case <file>           The case file or CSV log simulate replays
  --at <time>             Evaluation time for simulate; default now; later events are not taken
  --out <folder>          Output folder of import and publish
  --previous <path>       Earlier edition (published site or catalogue) publish compares with
  --port <port>           Port of edit; default 4321; 0 picks any free port
  --lang zh-Hans|zh-Hant|en
                          Language of messages; default zh-Hans (or SUNLIT_LANG)
  -h, --help              Show this help
  -v, --version           Show the version

Exit codes: 0 no errors (warnings possible); 1 errors found, a case with violations, or a year
without calendar data; 2 usage error or unreadable path.
Documentation: docs/cli.md`,
  usageError: 'sunlit: {detail}\nRun sunlit --help for usage.',
  unknownCommand: 'unknown command "{value}"',
  unknownOption: '{value}',
  missingLintPaths: 'give the catalogue path to lint, e.g. sunlit lint examples/shenyang',
  missingPaths: 'give the catalogue paths to validate, e.g. sunlit validate examples/shenyang',
  badFormat: '--format must be text or json, not "{value}"',
  nulArgument: 'the argument "{value}" holds a NUL character (\\0), which no path or value may contain',
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
  importMissing: 'give the spreadsheet to import, e.g. sunlit import powers.xlsx --out catalogue-folder',
  importOutMissing: 'give the catalogue folder to write with --out',
  importNotFound: 'sunlit: no such spreadsheet "{value}".',
  importTooLarge: 'sunlit: the spreadsheet "{value}" is too large ({detail} bytes); split it and import the parts.',
  importNotSpreadsheet: 'sunlit: "{value}" is not a spreadsheet; Sunlit imports Excel workbooks (.xlsx) and CSV files (UTF-8 or GBK).',
  importOldExcel: 'sunlit: "{value}" is an old Excel file (.xls), which cannot be read; save it as .xlsx in Excel or WPS and import that.',
  importUnreadable: 'sunlit: cannot read the spreadsheet "{value}": {detail}.',
  importBadMap: 'sunlit: the header map "{value}" is invalid ({detail}); write "header: field", fields as in docs/import.md.',
  importBadOut: 'sunlit: --out "{value}" is a file; give a folder.',
  importOutEscapes: 'sunlit: writing "{value}" would leave the catalogue folder (through a symbolic link); stopped.',
  importSummary: 'Imported {file}: {sheets} sheet(s), {powers} power(s) ({created} new, {updated} updated, {unchanged} unchanged), {uncertain} cell(s) to check.',
  importValid: `✓ {out}: the catalogue validates; every power is marked x-sunlit-review and has its category's template flow: check each one.`,
  importInvalid: '✗ {out}: the imported catalogue has {n} error(s) (above).',
  importReport: 'Import report: {path}',
  importNoTable: 'sunlit: no sheet of "{value}" has a recognisable header (a column such as 事项名称 is needed); name the headers with --map, see docs/import.md.',
};
