/** The sentences of `sunlit publish` and `sunlit diff`. */
export interface PublishDictionary {
  readonly publishUsage: string;
  readonly outMissing: string;
  readonly outNotSite: string;
  readonly previousUnreadable: string;
  readonly catalogueErrors: string;
  readonly published: string;
  readonly open: string;
  readonly changes: string;
  readonly diffUsage: string;
  readonly diffHeader: string;
  readonly added: string;
  readonly removed: string;
  readonly changed: string;
  readonly fieldChanged: string;
  readonly unchanged: string;
  readonly nothing: string;
  readonly empty: string;
  readonly listSeparator: string;
}
