/** The sentences of the `sunlit` command itself (problems are worded by @sunlit/core). */
export interface CliDictionary {
  readonly usage: string;
  readonly usageError: string;
  readonly unknownCommand: string;
  readonly unknownOption: string;
  readonly missingPaths: string;
  readonly missingLintPaths: string;
  readonly badFormat: string;
  /** An argument holding a NUL character, which no path or value can contain. */
  readonly nulArgument: string;
  readonly badLang: string;
  readonly notFound: string;
  readonly noEntry: string;
  readonly notAFile: string;
  readonly internalError: string;
  readonly clean: string;
  readonly cleanCase: string;
  readonly noProblems: string;
  readonly onlyWarnings: string;
  readonly counts: string;
  readonly withProblems: string;
  readonly errors: string;
  readonly warnings: string;
  readonly listSeparator: string;
  readonly importMissing: string;
  readonly importOutMissing: string;
  readonly importNotFound: string;
  readonly importTooLarge: string;
  readonly importNotSpreadsheet: string;
  readonly importOldExcel: string;
  readonly importUnreadable: string;
  readonly importBadMap: string;
  readonly importBadOut: string;
  readonly importOutEscapes: string;
  readonly importSummary: string;
  readonly importValid: string;
  readonly importInvalid: string;
  readonly importReport: string;
  readonly importNoTable: string;
}
