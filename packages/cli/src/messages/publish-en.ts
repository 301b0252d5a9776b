import type { PublishDictionary } from './publish-dictionary.js';

export const publishEn: PublishDictionary = {
  publishUsage: 'Usage: sunlit publish <catalogue> --out <folder> [--previous <earlier site or catalogue>]',
  outMissing: 'Give the folder to write the site to with --out, e.g. sunlit publish examples/shenyang --out site',
  outNotSite: 'The output folder “{value}” exists and is not a site published by Sunlit; nothing was published so as not to overwrite its files. Choose another folder or empty it first.',
  previousUnreadable: 'Cannot read the previous edition “{value}”: give a folder published by Sunlit (with downloads/catalogue.json) or a catalogue.',
  catalogueErrors: '✗ {path}: {n} errors; nothing was published (the existing site is unchanged).',
  published: '✓ Published “{title}” ({edition}): {powers} powers, {pages} pages, {files} files in {out} ({seconds} s; {laid} charts laid out, {cached} from the cache; {reused} files kept from the previous publish).',
  open: 'Open {index} in a browser, or put the folder on any web server.',
  changes: 'Since the previous edition ({edition}): {added} added, {removed} removed, {changed} changed. Change page: {page}',
  diffUsage: 'Usage: sunlit diff <old> <new> (catalogues, or folders published by Sunlit)',
  diffHeader: '“{old}” ({oldEdition}) → “{new}” ({newEdition})',
  added: '{n} powers added:',
  removed: '{n} powers removed:',
  changed: '{n} powers changed:',
  fieldChanged: '{field}: “{before}” → “{after}”',
  unchanged: '{n} unchanged.',
  nothing: 'No changes between the two editions.',
  empty: '(empty)',
  listSeparator: ', ',
};
