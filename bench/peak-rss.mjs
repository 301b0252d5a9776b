/**
 * Preloaded with `node --import` by bench/scale.mjs: when the process exits, writes its own
 * resource usage (maxRSS in KiB, CPU times in µs) as JSON to $SUNLIT_PEAK_RSS_FILE. A parent cannot
 * read a child's peak memory through child_process, and sampling /proc would miss short peaks.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.SUNLIT_PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify(process.resourceUsage())));
