/** The whole catalogue's XLSX, written without exceljs: a workbook exceljs (and so Excel's format) reads back cell for cell. */
import { readXlsx } from '@sunlit/core/spreadsheet';
import { describe, expect, it } from 'vitest';
import { writeTableXlsx } from '../src/xlsx.js';

describe('writeTableXlsx', () => {
  it('writes rows of text that read back as written, the same bytes every time', async () => {
    const rows = [
      ['事项编码', '事项名称', '备注'],
      ['SY-XK-0001', '城市道路占用、挖掘许可', '第一行\n第二行'],
      ['A & <B> "C"', '', '  前后空格  '],
      ['繁體', 'emoji 😀', "'单引号'"],
    ];
    const date = new Date(Date.UTC(2026, 11, 1));
    const bytes = writeTableXlsx('权力清单', rows, date);
    expect(Buffer.from(writeTableXlsx('权力清单', rows, date)).equals(Buffer.from(bytes))).toBe(true);
    const [sheet] = await readXlsx(bytes);
    expect(sheet!.name).toBe('权力清单');
    expect(sheet!.rows.map((row) => rows[0]!.map((_, index) => row[index] ?? ''))).toEqual(rows);
  });
});
