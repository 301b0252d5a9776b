/**
 * @sunlit/portal: the public site of a catalogue as static files. `buildSite` gives every file;
 * `sunlit publish` writes them. See docs/publish.md.
 */
export { buildSite, contentSecurityPolicy, lawPath, powerDigest, PowerNotLoaded, powerPath, recordsOfPublished, siteEntries, toZhHant, type ConversionCache, type PowerDigest, type SiteEntry, type SiteFile, type SiteOptions, type SourceFile } from './site.js';
export { en, zhHans, type PortalWords } from './words.js';
