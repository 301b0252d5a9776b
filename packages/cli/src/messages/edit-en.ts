import type { EditServerDictionary } from './edit-dictionary.js';

export const editEn: EditServerDictionary = {
  editUsage: 'Usage: sunlit edit <catalogue> [--port <port>] (default port 4321; 0 picks any free port)',
  badPort: '--port should be a whole number from 0 to 65535, not “{value}”',
  portInUse: 'sunlit: port {value} is in use; choose another with --port, or --port 0 for any free port.',
  listening: '✓ The editor is running: {url}\n  Catalogue {path} (entry {entry}, {files} YAML files). Open the address above in a browser; only this computer can connect. Press Ctrl+C to stop.',
  notBuilt: 'Note: the editor is not built ({value} is missing), so the browser shows a page saying so; run pnpm build at the repository root first. The file API works.',
  stopped: 'The editor has stopped.',
  badHost: 'Refused: only requests with Host 127.0.0.1:{value} or localhost:{value} are served.',
  badOrigin: 'Refused: the request comes from another site ({value}).',
  badPath: 'Path “{value}” is not allowed: only .yaml or .yml files inside the catalogue folder (no .., backslashes, names starting with a dot, or symbolic links leading out).',
  badBody: 'The request body should be JSON: { "text": the whole file, "base": the version edited, or null for a new file }.',
  tooLarge: 'The request body is larger than {value} bytes; nothing was written.',
  notFound: 'There is no “{value}”.',
  badMethod: '“{value}” does not take this request method.',
  writeFailed: 'Writing failed ({value}); the file on disk is unchanged and the editor still holds your text: fix the cause and save again.',
};
