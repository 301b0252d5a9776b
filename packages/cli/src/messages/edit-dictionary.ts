/** The sentences of `sunlit edit` and of its server's error replies. */
export interface EditServerDictionary {
  readonly editUsage: string;
  readonly badPort: string;
  readonly portInUse: string;
  readonly listening: string;
  readonly notBuilt: string;
  readonly stopped: string;
  /** Error replies of the API ({value}: what was asked for). */
  readonly badHost: string;
  readonly badOrigin: string;
  readonly badPath: string;
  readonly badBody: string;
  readonly tooLarge: string;
  readonly notFound: string;
  readonly badMethod: string;
  readonly writeFailed: string;
}
