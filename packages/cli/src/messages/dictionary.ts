/** The sentences of the `sunlit` command itself (problems are worded by @sunlit/core). */
export interface CliDictionary {
  readonly usage: string;
  readonly usageError: string;
  readonly unknownCommand: string;
  readonly unknownOption: string;
  readonly missingPaths: string;
  readonly missingLintPaths: string;
  readonly badFormat: string;
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
}
